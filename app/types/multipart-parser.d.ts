// The package ships types that its "exports" map hides from TypeScript's bundler resolution.
declare module "@web3-storage/multipart-parser" {
  export function streamMultipart(
    body: ReadableStream<Uint8Array>,
    boundary: string,
  ): AsyncGenerator<{
    name: string;
    filename?: string;
    contentType?: string;
    done?: boolean;
    data: AsyncIterable<Uint8Array>;
  }>;
}
