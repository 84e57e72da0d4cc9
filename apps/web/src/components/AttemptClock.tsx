'use client';

import { useEffect, useEffectEvent, useState } from 'react';
import { clockText } from '@/lib/rules.ts';

/**
 * The time now, ticking each second while there is a deadline; `onPassed` runs once it has
 * passed. The server enforces the deadline: this clock only shows it, and lets the runner reload
 * the attempt (which the server then reads as finished).
 */
export function useDeadlineClock(deadline: string | null, onPassed: () => void): number {
  const [now, setNow] = useState(() => Date.now());
  const passed = useEffectEvent(onPassed);
  useEffect(() => {
    if (!deadline) return;
    setNow(Date.now());
    const timer = setInterval(() => {
      setNow(Date.now());
      if (Date.now() < new Date(deadline).getTime()) return;
      clearInterval(timer);
      passed();
    }, 1000);
    return () => clearInterval(timer);
  }, [deadline]);
  return now;
}

/** The time left, for sighted learners: a screen reader is not interrupted every second. */
export function AttemptClock({ deadline, now }: { deadline: string; now: number }) {
  return (
    <p className="clock">
      Time left:{' '}
      <span role="timer" aria-live="off">
        {clockText(new Date(deadline).getTime() - now)}
      </span>
    </p>
  );
}
