import { createContext, useContext, useEffect, useState } from 'react';
import type { AnchorTarget } from '../use-consultation-scope';
import type { ComposerTarget } from './composer';
import type { NetiquetteRuleName } from './report-dialog';
import type { Contribution, ThreadState } from './thread-store';

/** What every contribution of the page shares: the store, the reader, the consultation's rules. */
export interface ThreadContextValue {
  state: ThreadState;
  signedIn: boolean;
  /** The consultation is open and the reader may write in it. */
  canWrite: boolean;
  /** The consultation is open (supports and reports are for open consultations). */
  open: boolean;
  composerTarget: ComposerTarget;
  rules: readonly NetiquetteRuleName[];
  anchorTarget: (anchor: { kind: string; ref: string }) => AnchorTarget | null;
  /** Milliseconds since the epoch, refreshed now and then: the edit window closes by itself. */
  now: number;
  own: (contribution: Contribution) => void;
  loadReplies: (parentId: string) => Promise<void>;
  loadMore: (parentId: string | null) => Promise<string[]>;
  setOpen: (id: string, open: boolean) => void;
}

export const ThreadContext = createContext<ThreadContextValue | null>(null);

export function useThreadContext(): ThreadContextValue {
  const value = useContext(ThreadContext);
  if (!value) throw new Error('useThreadContext outside ThreadContext');
  return value;
}

/** The current time, refreshed every `everyMs`. */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
