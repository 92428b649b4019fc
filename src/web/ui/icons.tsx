// Small icons; decorative (aria-hidden) — the text beside them carries the meaning. Each is one
// element whose shape is a CSS mask (icons.css), so thousands of them stay cheap to draw.
import './icons.css';

export type IconSize = 12 | 14 | 16 | 18;

function Icon({ shape, size }: { shape: string; size: IconSize }) {
  const sized = size === 14 ? '' : ` icon--${size}`;
  return <span className={`icon icon--${shape}${sized}`} aria-hidden="true" />;
}

export function VideoCameraIcon({ size = 14 }: { size?: IconSize }) {
  return <Icon shape="video-camera" size={size} />;
}

export function MonitorIcon({ size = 14 }: { size?: IconSize }) {
  return <Icon shape="monitor" size={size} />;
}

export function AlertIcon({ size = 18 }: { size?: IconSize }) {
  return <Icon shape="alert" size={size} />;
}

export function RefreshIcon({ size = 14 }: { size?: IconSize }) {
  return <Icon shape="refresh" size={size} />;
}
