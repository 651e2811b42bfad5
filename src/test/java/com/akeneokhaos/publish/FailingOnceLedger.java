package com.akeneokhaos.publish;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.akeneokhaos.ledger.Ledger;
import com.akeneokhaos.ledger.LedgerEvent;
import com.akeneokhaos.ledger.Retirement;

/**
 * A ledger one of whose writes times out once waiting for a lock, before it changes anything: what MySQL
 * does to the one statement that waited, leaving the transaction and its earlier statements as they were.
 */
final class FailingOnceLedger extends Ledger {

	/** The ledger writes a chunk makes, in the order the writer makes them. */
	enum Write {

		PUBLISHED, RETIRED, HISTORY, SEEN

	}

	private final Write failing;

	private boolean failed;

	FailingOnceLedger(JdbcClient jdbc, NamedParameterJdbcTemplate batch, Clock clock, Write failing) {
		super(jdbc, batch, clock);
		this.failing = failing;
	}

	static FailingOnceLedger on(WriterDatabase db, Clock clock, Write failing) {
		return new FailingOnceLedger(db.jdbc(), db.batch(), clock,
				failing);
	}

	@Override
	public void recordPublished(List<Publication> publications, long jobExecutionId, boolean fullRead) {
		failOnce(Write.PUBLISHED);
		super.recordPublished(publications, jobExecutionId, fullRead);
	}

	@Override
	public void recordRetired(List<Retirement> retirements, long jobExecutionId) {
		failOnce(Write.RETIRED);
		super.recordRetired(retirements, jobExecutionId);
	}

	@Override
	public void recordHistory(List<LedgerEvent> events, long jobExecutionId) {
		failOnce(Write.HISTORY);
		super.recordHistory(events, jobExecutionId);
	}

	@Override
	public void recordSeen(Collection<String> itemKeys, long jobExecutionId, boolean fullRead) {
		failOnce(Write.SEEN);
		super.recordSeen(itemKeys, jobExecutionId, fullRead);
	}

	private void failOnce(Write write) {
		if (write == failing && !failed) {
			failed = true;
			throw new CannotAcquireLockException("Lock wait timeout exceeded; try restarting transaction");
		}
	}

}
