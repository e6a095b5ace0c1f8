import type { ReactNode } from 'react';
import { useRequest } from '../../api/use-request.ts';
import { ImportInvite } from './ImportInvite.tsx';
import { RequestView } from '../../components/RequestView.tsx';

/** Shows its children once the shop has data; an empty shop gets the invitation to import instead. */
export function ShopDataGate({ children }: { children: ReactNode }) {
  const info = useRequest('app.info', {});
  return <RequestView state={info}>{(data) => (data.empty ? <ImportInvite /> : children)}</RequestView>;
}
