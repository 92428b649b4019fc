import './spinner.css';

/** A busy indicator with a label that screen readers announce politely. */
export function Spinner({ label }: { label: string }) {
  return (
    <span className="spinner" role="status">
      <span className="spinner__wheel" aria-hidden="true" />
      <span className="spinner__label">{label}</span>
    </span>
  );
}
