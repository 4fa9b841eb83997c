/**
 * What changed for a package's users because the generator changed, apart from the spec: one entry
 * per generator version (the `version` of the repository's package.json). A changelog entry lists
 * the notes of every generator version after the one that made the last release.
 */
export const GENERATOR_NOTES: readonly { readonly version: string; readonly notes: readonly string[] }[] = [
  {
    version: "0.2.0",
    notes: [
      "Requires Node 20.19 or later (`engines`), which loads the package from CommonJS with `require()` too.",
      "Every call has a timeout per attempt (`timeoutMs`, 100 s by default), a `TimeoutError`, retried like a 504.",
      "A `Retry-After` longer than `retry.maxDelayMs` rejects at once with a `GraphError` carrying `retryAfterMs`; " +
        "without a readable `Retry-After` the client backs off from 0.5 s, doubling, with jitter.",
      "The body checked before sending is exactly the JSON sent: a `toJSON` method cannot slip past the check.",
      "The all-pages iterator yields every item it received before it refuses a next link to another origin.",
      "`createClient(defaults)` shares options between calls; the `./client` subpath is no longer exported.",
      "A declared success response without a body (a PATCH's 204) resolves to `undefined`.",
      "`NavigationTarget` takes a fourth type parameter: whether an expanded single navigation may be null.",
      "Open types no longer carry a string index signature; `WithDynamicProperties<T>` types a value with dynamic " +
        "properties, and misspelt declared properties stay errors.",
      "Comparing `@odata.type` with either spelling (with or without `#`) narrows a union in both branches.",
    ],
  },
];

/** `a` before `b` by their numbers (generator versions are plain `x.y.z`). */
function older(a: string, b: string): boolean {
  const [x, y] = [a, b].map((v) => v.split(".").map(Number));
  for (let i = 0; i < 3; i++) if (x![i] !== y![i]) return x![i]! < y![i]!;
  return false;
}

/** The notes of the generator versions after `since` (the one that made the last release) up to `current`. */
export function notesSince(since: string, current: string): string[] {
  return GENERATOR_NOTES.filter((n) => older(since, n.version) && !older(current, n.version)).flatMap((n) => n.notes);
}
