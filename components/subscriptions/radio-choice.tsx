/** Radio buttons under a visible legend: one of `options`, each labelled `labelOf(option)`. */
export function RadioChoice<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  labelOf,
  className,
  disabled,
}: {
  legend: string;
  name: string;
  options: readonly T[];
  value: T;
  onChange: (value: T) => void;
  labelOf: (option: T) => string;
  /** Layout classes of the fieldset. */
  className: string;
  disabled?: boolean;
}) {
  return (
    <fieldset className={className} disabled={disabled}>
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      {options.map((option) => (
        <label key={option} className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name={name}
            className="accent-primary"
            checked={value === option}
            onChange={() => onChange(option)}
          />
          {labelOf(option)}
        </label>
      ))}
    </fieldset>
  );
}
