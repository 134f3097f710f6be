/** Notices the app shows instead of failing: a bad URL parameter, an unknown name, a bad file. */
export interface Notice { id: string; text: string }

export function Notices(props: { notices: Notice[]; onDismiss: (id: string) => void }) {
  if (!props.notices.length) return null;
  return (
    <div className="notices" role="alert">
      {props.notices.map((n) => (
        <p key={n.id} className="notice">
          <span>{n.text}</span>
          <button type="button" onClick={() => props.onDismiss(n.id)} aria-label="Dismiss notice">×</button>
        </p>
      ))}
    </div>
  );
}
