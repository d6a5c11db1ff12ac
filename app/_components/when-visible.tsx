"use client";

import {
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ComponentType,
  type ReactNode,
  type RefObject,
} from "react";

/** How far below the visible part of the page a part starts drawing: a little ahead of the reader. */
const AHEAD = "200px 0px";

/**
 * True once the element comes near the visible part of the page, and from then on;
 * true at once when the page is printed (the PDF reports print with every part drawn). False on the
 * server and during hydration: what it guards is drawn in the browser only.
 */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(false);
  const printing = useSyncExternalStore(subscribeToPrint, isPrinting, () => false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: AHEAD,
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near]);
  return near || printing;
}

let printQuery: MediaQueryList | undefined;
const printMedia = () => (printQuery ??= window.matchMedia("print"));
const isPrinting = () => printMedia().matches;
function subscribeToPrint(onChange: () => void): () => void {
  const media = printMedia();
  media.addEventListener("change", onChange);
  window.addEventListener("beforeprint", onChange);
  return () => {
    media.removeEventListener("change", onChange);
    window.removeEventListener("beforeprint", onChange);
  };
}

/**
 * Draws `children` only when their place comes near the visible part of the page; until then
 * `placeholder` holds the place at the same height, so nothing moves. For the charts and long tables
 * below the fold: a page is ready to use without drawing what nobody has scrolled to yet.
 */
export function WhenVisible({ placeholder, children }: { placeholder: ReactNode; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref);
  return <div ref={ref}>{near ? children : placeholder}</div>;
}

/** `Component` drawn when its place comes near the visible part of the page (`WhenVisible`), `Placeholder` until then. */
export function drawnWhenNear<P extends object>(
  Component: ComponentType<P>,
  Placeholder: ComponentType,
): ComponentType<P> {
  return function DrawnWhenNear(props: P) {
    return (
      <WhenVisible placeholder={<Placeholder />}>
        <Component {...props} />
      </WhenVisible>
    );
  };
}
