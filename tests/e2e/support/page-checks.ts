// Checks every page test makes: axe's serious and critical violations (WCAG 2.1 A and AA plus best
// practice), and whether the page scrolls sideways at the current width.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

/** The serious or critical axe violations on the page, each as "rule: targets". */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** True when the document is wider than the window. */
export const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
