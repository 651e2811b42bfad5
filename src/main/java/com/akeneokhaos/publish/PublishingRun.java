package com.akeneokhaos.publish;

/**
 * The job execution a publishing step belongs to: its name and id go on every row it writes, and whether
 * it reads every Akeneo item (catalogue-refresh) or only some (delta-sync) decides whether its sightings
 * count for retiring the items no full read saw.
 */
public record PublishingRun(String jobName, long jobExecutionId, boolean readsEverything) {

}
