package com.akeneokhaos.architecture.violations.jobs.beta;

/** A job another job leans on. */
public class BetaJob {
}
