import { constants, PerformanceObserver, type NodeGCPerformanceDetail, type PerformanceEntry } from 'node:perf_hooks';

export interface GcPauses {
  young: { count: number; seconds: number };
  full: { count: number; seconds: number };
}

/**
 * The garbage collector's pauses of this process's main thread from now until `stop`: young
 * collections (scavenges) and the rest (full mark-compacts, with their incremental steps).
 */
export function watchGcPauses(): { stop(): GcPauses } {
  const pauses: GcPauses = { young: { count: 0, seconds: 0 }, full: { count: 0, seconds: 0 } };
  const take = (entries: PerformanceEntry[]) => {
    for (const entry of entries) {
      // A 'gc' entry carries its kind in `detail`, which PerformanceEntry's type does not declare.
      const { kind } = (entry as PerformanceEntry & { detail: NodeGCPerformanceDetail }).detail;
      const bucket = kind === constants.NODE_PERFORMANCE_GC_MINOR ? pauses.young : pauses.full;
      bucket.count += 1;
      bucket.seconds += entry.duration / 1000;
    }
  };
  const observer = new PerformanceObserver((list) => take(list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  return {
    stop() {
      take(observer.takeRecords());
      observer.disconnect();
      return pauses;
    },
  };
}
