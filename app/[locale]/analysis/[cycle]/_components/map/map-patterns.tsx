/** Diagonal grey hatching: a state with no counted score reads as "missing", not as a low score. */
export function NoScorePattern({ id }: { id: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill="#eceff3" />
      <line x1="0" y1="0" x2="0" y2="6" stroke="#9aa5b1" strokeWidth="2" />
    </pattern>
  );
}

export const NO_SCORE_FILL = (patternId: string) => `url(#${patternId})`;
export const NOT_MEMBER_FILL = "#f4f6f9";
