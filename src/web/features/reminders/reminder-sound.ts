// The optional reminder sound: off unless the doctor turned it on on this computer; a short
// two-note chime made with WebAudio, so there is no audio file to load.

const soundKey = 'online-agenda.reminder-sound';

export function isReminderSoundOn(): boolean {
  try {
    return globalThis.localStorage?.getItem(soundKey) === 'on';
  } catch {
    return false;
  }
}

export function rememberReminderSound(on: boolean): void {
  try {
    if (on) globalThis.localStorage?.setItem(soundKey, 'on');
    else globalThis.localStorage?.removeItem(soundKey);
  } catch {
    // Not remembering is fine: the sound stays off next time.
  }
}

let context: AudioContext | null = null;

/** Plays the chime; does nothing where WebAudio is missing or the browser refuses to play. */
export function playReminderTone(): void {
  const AudioContextClass = globalThis.AudioContext;
  if (!AudioContextClass) return;
  try {
    context ??= new AudioContextClass();
    void context.resume();
    const start = context.currentTime + 0.02;
    [880, 660].forEach((frequency, index) => {
      if (!context) return;
      const at = start + index * 0.18;
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.16);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.17);
    });
  } catch {
    // A reminder without a sound is still a reminder.
  }
}
