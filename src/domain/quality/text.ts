/** Lower-case words of a text, letters only: "Self-serve, v2!" → ["self", "serve", "v"]. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/** A measure in the wording: any digit, "8%", "12", "3x". */
export function hasNumber(text: string): boolean {
  return /\p{Nd}/u.test(text);
}
