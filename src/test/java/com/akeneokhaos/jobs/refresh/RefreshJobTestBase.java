package com.akeneokhaos.jobs.refresh;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import com.akeneokhaos.support.EndToEnd;
import com.akeneokhaos.support.EndToEndTestBase;

/**
 * The application, without a web server, wired to a database of its own and to an Akeneo simulator serving
 * the catalogue each subclass declares ({@link EndToEnd.Catalogue}) for its scenario. Up to 100 items may be
 * skipped, so that catalogues with many defective products run to their end.
 */
@EndToEnd(webEnvironment = WebEnvironment.NONE, properties = "sync.refresh.skip-limit=100")
abstract class RefreshJobTestBase extends EndToEndTestBase {
}
