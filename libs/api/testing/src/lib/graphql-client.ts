export interface GraphQLErrorShape {
  message: string;
  path?: string[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResponse<TData> {
  status: number;
  data: TData | null;
  errors?: GraphQLErrorShape[];
  headers: Headers;
}

/**
 * Talks to /graphql as a browser would: JSON over POST, keeping the session cookie between calls.
 * Each instance is one browser; make several to act as several people.
 */
export class GraphQLClient {
  private cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    private readonly defaultHeaders: Record<string, string> = {},
  ) {}

  async request<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<TData>> {
    const response = await this.post(JSON.stringify({ query, variables }), headers);
    const body = (await response.json()) as { data?: TData; errors?: GraphQLErrorShape[] };
    return {
      status: response.status,
      data: body.data ?? null,
      errors: body.errors,
      headers: response.headers,
    };
  }

  /** Sends a raw body, for tests of what the server refuses before parsing. */
  async post(body: string, headers: Record<string, string> = {}): Promise<Response> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: this.cookieHeader(),
        ...this.defaultHeaders,
        ...headers,
      },
      body,
    });
    this.remember(response.headers.getSetCookie());
    return response;
  }

  /** The raw Set-Cookie-derived jar, e.g. to hand the session to a socket.io client. */
  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private remember(setCookies: string[]): void {
    for (const line of setCookies) {
      const [pair, ...attributes] = line.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = attributes.some(
        (a) => /^\s*expires=/i.test(a) && new Date(a.split('=')[1]) < new Date(),
      );
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** The single error of a response, failing loudly when there is not exactly one. */
export function onlyError(response: GraphQLResponse<unknown>): GraphQLErrorShape {
  if (response.errors?.length !== 1) {
    throw new Error(`Expected one error, got ${JSON.stringify(response.errors ?? response.data)}`);
  }
  return response.errors[0];
}
