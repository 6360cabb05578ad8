/** Joins the truthy class names: `cx(styles.pill, selected && styles.selected)`. */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
