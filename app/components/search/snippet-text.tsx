import { snippetParts } from "~/modules/search/snippet";

/** A search snippet with its matches in <mark>, rendered as text nodes (never as HTML). */
export function SnippetText({ snippet }: { snippet: string }) {
  return (
    <>
      {snippetParts(snippet).map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}
