// Preloaded with `node --import` into a process being measured: at exit it writes the process's
// own CPU time and peak resident memory (getrusage) as JSON to file descriptor 3, which the
// parent opened as a pipe. Portable where /usr/bin/time is not, and it measures this process
// only, not a shell around it.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  try {
    const u = process.resourceUsage();
    writeSync(3, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKiB: u.maxRSS }));
  } catch {
    // fd 3 is not open: run without a measuring parent.
  }
});
