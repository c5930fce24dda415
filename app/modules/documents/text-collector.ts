// Collects pages of text under the page and character caps.
import type { ExtractedPage } from "./extraction.types";

export class TextCollector {
  readonly pages: ExtractedPage[] = [];
  truncated = false;
  private chars = 0;

  constructor(
    private readonly maxPages: number,
    private readonly maxChars: number,
  ) {}

  /** False once the caps are reached: the reader should stop. */
  get open(): boolean {
    return !this.truncated;
  }

  /** Adds a page; text past the character cap is cut and the collector closes. */
  add(page: ExtractedPage): void {
    if (this.truncated) return;
    if (this.pages.length >= this.maxPages) {
      this.truncated = true;
      return;
    }
    const room = this.maxChars - this.chars;
    let text = page.text;
    if (text.length > room) {
      text = text.slice(0, room);
      this.truncated = true;
    }
    this.chars += text.length;
    this.pages.push({ ...page, text });
  }

  /** Marks the document as having more pages than were read. */
  markTruncated(): void {
    this.truncated = true;
  }
}

/** Collapses runs of spaces and blank lines the readers leave, keeping line breaks and tabs. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \u00a0]+/g, " ")
    .replace(/[ \t]*\n[ \t]*/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Whether a text has any letters or digits. */
export function hasVisibleText(text: string, minimum = 1): boolean {
  let count = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}]/gu)) {
    count += 1;
    if (count >= minimum) return true;
  }
  return false;
}
