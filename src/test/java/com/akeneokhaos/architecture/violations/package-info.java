/**
 * Deliberate violations of every architecture rule, one each, so that a test can show each rule fails when
 * broken. Never imported by the production rules' test (these are test classes).
 */
package com.akeneokhaos.architecture.violations;
