/**
 * The store in React: a context holding it, and hooks that select from it. Components re-render
 * only when what they select changes (zustand's `useStore` over `useSyncExternalStore`).
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { sliceOf, type AtlasState, type AtlasStore, type Slice } from './store.ts';

const StoreContext = createContext<AtlasStore | null>(null);

export function AtlasStoreProvider(props: { store: AtlasStore; children: ReactNode }) {
  return <StoreContext.Provider value={props.store}>{props.children}</StoreContext.Provider>;
}

export function useAtlasStore(): AtlasStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAtlasStore: no AtlasStoreProvider above this component');
  return store;
}

/** A value selected from the whole state. Select primitives or stable objects, never build new ones here. */
export function useAtlas<T>(select: (s: AtlasState) => T): T {
  return useStore(useAtlasStore(), select);
}

/** One feature's slice (stable until the slice itself changes). */
export function useSlice<T>(slice: Slice<T>): T {
  return useStore(useAtlasStore(), (s) => sliceOf(s, slice));
}
