/**
 * Paging in the generated `client.ts`: an async iterator over every item of an OData collection,
 * following `@odata.nextLink` from page to page. Fixed text, no spec text; `String.raw`, no
 * backtick, no `${`.
 *
 * A next link is the service's text, so it is checked before it is used: it must parse as a URL
 * (a relative one is resolved against the page's own URL), have the base URL's origin (scheme,
 * host and port: an https base URL never follows an http link) and carry no user name or password,
 * so the access token is never sent to another host. A refused link is a ResponseValidationError
 * at "/@odata.nextLink", raised as soon as the page arrives (before its items are yielded) and
 * before any further request. Pages are bounded (maxPages, default 100): the items of the last
 * page allowed are yielded, then a PageLimitError is thrown if it still links on, rather than an
 * endless loop or a silently truncated collection.
 */
export const CLIENT_PAGES = String.raw`
/** Options of an iterator over every item of a paged collection. */
export interface PagingOptions {
  /**
   * The most pages fetched (default 100, at least 1). When the last page allowed still links to
   * another one, the iterator throws a PageLimitError instead of following it.
   */
  readonly maxPages?: number;
}

/** A paged collection had more pages than PagingOptions.maxPages allows. */
export class PageLimitError extends Error {
  override readonly name = "PageLimitError";
  constructor(
    readonly operation: string,
    readonly maxPages: number,
    /** The link to the page that was not fetched. */
    readonly nextLink: string,
  ) {
    super(operation + ": the collection has more than " + maxPages + " pages (maxPages); the next page is not fetched");
  }
}

/** The URL of the next page, or a ResponseValidationError when it must not be followed. */
function nextPageUrl(operation: string, link: unknown, current: string, base: { origin: string; path: string }, body: unknown): string {
  const refuse = (message: string): ResponseValidationError =>
    new ResponseValidationError(operation, 200, [{ path: "/@odata.nextLink", code: "nextLink", message }], body, undefined);
  if (typeof link !== "string" || link === "") throw refuse("the next link must be a non-empty string, found " + found(link));
  let url: URL;
  try {
    url = new URL(link, current);
  } catch {
    throw refuse("the next link is not a URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw refuse("the next link is not an http(s) URL");
  if (url.username !== "" || url.password !== "") throw refuse("the next link carries a user name or password");
  if (url.origin !== base.origin) {
    throw refuse("the next link leads to " + url.origin + ", not to the base URL's origin " + base.origin + ": the access token is sent only there");
  }
  url.hash = "";
  return url.href;
}

/**
 * @internal Every item of a paged collection: sends the first request, then follows each page's
 * "@odata.nextLink" (checked: same origin as the base URL) with the same headers, token provider,
 * retry policy and AbortSignal, checking every page as the first one, until a page has no next
 * link. Stops fetching when the consumer stops iterating.
 */
export async function* sendPages<T, Q = {}>(
  operation: string,
  defaultBaseUrl: string,
  build: (options: RequestOptions & Q) => BuiltRequest,
  checks: ResponseChecks<CollectionResponse<T>>,
  options: (ClientOptions & Q & PagingOptions) | undefined,
): AsyncGenerator<T, void, undefined> {
  const { maxPages, ...rest } = options ?? ({} as ClientOptions & Q & PagingOptions);
  const send = rest as unknown as ClientOptions & Q;
  const limit = maxPages === undefined ? 100 : maxPages;
  if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 1) {
    throw invalid(operation, "options", "/maxPages", "maxPages", "maxPages must be a whole number of at least 1, found " + String(limit));
  }
  const base = baseUrlOf(operation, send.baseUrl ?? defaultBaseUrl);
  let current = "";
  let next: ((o: RequestOptions & Q) => BuiltRequest) | undefined = (o) => {
    const request = build(o);
    current = request.url;
    return request;
  };
  for (let page = 1; next !== undefined; page++) {
    send.signal?.throwIfAborted();
    const result: CollectionResponse<T> = await sendRequest<CollectionResponse<T>, Q>(operation, next, checks, send);
    const link = Object.prototype.hasOwnProperty.call(result, "@odata.nextLink") ? result["@odata.nextLink"] : undefined;
    next = undefined;
    let limited = false;
    if (link !== undefined && page >= limit) limited = true;
    else if (link !== undefined) {
      const url = nextPageUrl(operation, link, current, base, result);
      next = (o) => {
        current = url;
        return { method: "GET", url, headers: headersOf(operation, false, o), body: null };
      };
    }
    yield* result.value;
    if (limited) throw new PageLimitError(operation, limit, String(link));
  }
}
`;
