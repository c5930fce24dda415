// How much work one publiccode.yml may cost. The validator runs synchronously on the server's one
// event loop (the validation API, the publish and edit forms, the catalogue import), so every limit
// is checked while counting and stops the work early: no body, however built, costs more than a
// few tens of milliseconds. A real publiccode.yml has a few KB, a few hundred tokens and nodes,
// and well under a hundred keys; each limit leaves a wide margin above that.

export const PUBLICCODE_LIMITS = {
  /** UTF-8 bytes of the text (the yaml package costs about 2-3 µs per token). */
  maxBytes: 256 * 1024,
  /** Lines of the text (13 bytes a line on average at the size limit), counted before lexing. */
  maxLines: 20_000,
  /** YAML tokens (scalars, indicators, line breaks, comments), counted before composing. */
  maxTokens: 10_000,
  /** Nesting levels of maps and lists. */
  maxDepth: 64,
  /** Nodes of the tree, every alias counted again where it is used ("billion laughs"). */
  maxNodes: 10_000,
  /** Keys of all maps together, aliases counted again where they are used. */
  maxKeys: 5_000,
  /** Problems listed per kind (errors, warnings); the rest are counted in a final entry. */
  maxProblems: 100,
} as const;

/** The size limit as people read it ("256 KB"). */
export const MAX_BYTES_TEXT = `${PUBLICCODE_LIMITS.maxBytes / 1024} KB`;
