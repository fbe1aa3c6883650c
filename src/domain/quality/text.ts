/** Lower-case words of a text, letters only: "Self-serve, v2!" → ["self", "serve", "v"]. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/**
 * A measure in the wording: a number standing on its own ("8%", "12k", "1.5 s"). Digits glued to letters before
 * them name things, not amounts ("Q4", "v2", "FY2027"), so "Improve onboarding in Q4" has no measure.
 */
export function hasNumber(text: string): boolean {
  return /(?<![\p{L}\p{Nd}])\p{Nd}/u.test(text);
}
