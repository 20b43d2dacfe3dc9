/**
 * What a filter control takes from its query parameter: `name`, the id (the form's prefix and the name
 * in kebab case) and the label (`labelOf(name)`), to spread on `SearchFilter` or `SelectFilter`.
 */
export function filterProps(prefix: string, labelOf: (name: string) => string) {
  return (name: string) => ({
    id: `${prefix}-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`,
    name,
    label: labelOf(name),
  });
}
