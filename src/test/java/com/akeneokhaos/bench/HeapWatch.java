package com.akeneokhaos.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Watches the heap of this JVM while one refresh runs:
 * <ul>
 * <li>peak heap used, sampled every {@value #SAMPLE_MS} ms from {@link MemoryMXBean} (what the heap really
 * held at its fullest, garbage included, so it depends on the heap size and GC);</li>
 * <li>the sum of the heap pools' peak usage after {@link MemoryPoolMXBean#resetPeakUsage()} (an upper bound:
 * pools peak at different moments);</li>
 * <li>the largest heap used right after a collection (GC notifications): the closest cheap figure to the
 * live set the run needed;</li>
 * <li>collections and collection time, from {@link GarbageCollectorMXBean};</li>
 * <li>bytes allocated by the whole JVM (freed by collections plus growth of the used heap), and by the
 * thread that runs the job.</li>
 * </ul>
 */
final class HeapWatch implements AutoCloseable {

	static final int SAMPLE_MS = 10;

	private static final double MB = 1024.0 * 1024.0;

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
		.toList();

	private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();

	private final AtomicLong peakSampled = new AtomicLong();

	private final AtomicLong maxAfterGc = new AtomicLong();

	private final LongAdder freedByGc = new LongAdder();

	private final NotificationListener listener = (notification, handback) -> {
		if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
				.from((CompositeData) notification.getUserData());
			long before = heapUsed(info.getGcInfo().getMemoryUsageBeforeGc());
			long after = heapUsed(info.getGcInfo().getMemoryUsageAfterGc());
			maxAfterGc.accumulateAndGet(after, Math::max);
			freedByGc.add(Math.max(0, before - after));
		}
	};

	private final long startGcCount;

	private final long startGcMillis;

	private final long startUsed;

	private final long startThreadAllocated;

	private final long startCpuNanos;

	private final Thread sampler;

	private volatile boolean running = true;

	private HeapWatch() {
		for (GarbageCollectorMXBean collector : collectors) {
			((NotificationEmitter) collector).addNotificationListener(listener, null, null);
		}
		heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
		startGcCount = collectors.stream().mapToLong(c -> Math.max(0, c.getCollectionCount())).sum();
		startGcMillis = collectors.stream().mapToLong(c -> Math.max(0, c.getCollectionTime())).sum();
		startUsed = memory.getHeapMemoryUsage().getUsed();
		peakSampled.set(startUsed);
		startThreadAllocated = threadAllocated();
		startCpuNanos = processCpuNanos();
		sampler = new Thread(() -> {
			while (running) {
				peakSampled.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(SAMPLE_MS);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "bench-heap-sampler");
		sampler.setDaemon(true);
		sampler.start();
	}

	/** Collects garbage (so the baseline is the live set) and starts watching. */
	static long settleAndMeasureUsed() {
		for (int i = 0; i < 3; i++) {
			System.gc();
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	static HeapWatch start() {
		return new HeapWatch();
	}

	Result stop() {
		running = false;
		sampler.interrupt();
		try {
			sampler.join(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		long endUsed = memory.getHeapMemoryUsage().getUsed();
		peakSampled.accumulateAndGet(endUsed, Math::max);
		long poolPeaks = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
		long gcCount = collectors.stream().mapToLong(c -> Math.max(0, c.getCollectionCount())).sum() - startGcCount;
		long gcMillis = collectors.stream().mapToLong(c -> Math.max(0, c.getCollectionTime())).sum() - startGcMillis;
		long allocated = freedByGc.sum() + (endUsed - startUsed);
		return new Result(peakSampled.get(), poolPeaks, maxAfterGc.get(), gcCount, gcMillis, allocated,
				threadAllocated() - startThreadAllocated, processCpuNanos() - startCpuNanos);
	}

	@Override
	public void close() {
		running = false;
		for (GarbageCollectorMXBean collector : collectors) {
			try {
				((NotificationEmitter) collector).removeNotificationListener(listener);
			}
			catch (Exception ex) {
				// already removed
			}
		}
	}

	static long maxHeap() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
	}

	static String collectorNames() {
		return String.join("+", ManagementFactory.getGarbageCollectorMXBeans().stream().map(c -> c.getName()).toList());
	}

	static double mb(long bytes) {
		return Math.round(bytes / MB * 10) / 10.0;
	}

	private static long heapUsed(Map<String, MemoryUsage> usage) {
		long used = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && usage.containsKey(pool.getName())) {
				used += usage.get(pool.getName()).getUsed();
			}
		}
		return used;
	}

	private static long threadAllocated() {
		if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
				&& threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()) {
			return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
		}
		return 0;
	}

	private static long processCpuNanos() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return Math.max(0, os.getProcessCpuTime());
		}
		return 0;
	}

	/**
	 * @param peakUsed the most heap seen in use by the sampler
	 * @param poolPeakSum the sum of the heap pools' peaks (upper bound)
	 * @param maxAfterGc the most heap still in use right after a collection (0 when nothing was collected)
	 * @param gcCount collections during the run
	 * @param gcMillis time the collectors report for them
	 * @param allocated bytes allocated by the JVM during the run (all threads: app and simulator)
	 * @param jobThreadAllocated bytes allocated by the thread that started the application and ran the job
	 * @param jvmCpuNanos CPU time of the whole JVM (application, simulator, GC, JIT) during the run
	 */
	record Result(long peakUsed, long poolPeakSum, long maxAfterGc, long gcCount, long gcMillis, long allocated,
			long jobThreadAllocated, long jvmCpuNanos) {
	}

}
