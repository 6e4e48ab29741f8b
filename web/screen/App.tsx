import { useEffect } from 'react';
import { api } from '../lib/api.ts';
import { Screen } from './Screen.tsx';
import { goToLogin, useMe } from './session.ts';
import { Stage } from './stage/Stage.tsx';
import { T } from './text.ts';

function Notice({ text, action }: { text: string; action?: { label: string; run: () => void } }) {
  return (
    <div className="notice" role="status" data-testid="screen-notice">
      <p>{text}</p>
      {action && <button type="button" onClick={action.run}>{action.label}</button>}
    </div>
  );
}

/** An account without the dashboards (a grid worker's) signs out here to let another sign in. */
async function switchAccount(): Promise<void> {
  await api('POST /api/auth/logout').catch(() => undefined);
  goToLogin();
}

/** Signed in with the right to read the dashboards → the screen; otherwise say why (or go and sign in). */
export function App() {
  const me = useMe();
  const signedOut = me.data === null;
  useEffect(() => {
    if (signedOut) goToLogin();
  }, [signedOut]);

  let content;
  if (signedOut) content = <Notice text={T.toLogin} />;
  else if (me.isError) content = <Notice text={T.meFailed} action={{ label: T.retry, run: () => void me.refetch() }} />;
  else if (!me.data) content = <Notice text={T.loading} />;
  else if (!me.data.permissions.includes('dashboard.read')) content = <Notice text={T.forbidden} action={{ label: T.switchAccount, run: () => void switchAccount() }} />;
  else content = <Screen me={me.data} />;
  return <Stage>{content}</Stage>;
}
