// Loaded with `node --import` by the scale benchmark: when the process exits, prints its own
// resource usage (peak RSS, user and system CPU) on stderr, so that any command, ours or a peer's,
// is measured the same way from inside without changing it.
process.on("exit", () => {
  const u = process.resourceUsage();
  process.stderr.write(
    `\nusage-at-exit ${JSON.stringify({ maxRSSKiB: u.maxRSS, cpuSeconds: (u.userCPUTime + u.systemCPUTime) / 1e6 })}\n`,
  );
});
