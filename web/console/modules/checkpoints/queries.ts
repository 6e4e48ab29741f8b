import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CheckpointCreate, CheckpointUpdate, CheckpointView } from '../../../../common/contracts/declarations.ts';
import { api, apiUrl } from '../../../lib/api.ts';
const CHECKPOINTS_KEY = ['checkpoints'] as const;
/** The server's largest page: more than any community has checkpoints. */
const MAX_LIMIT = 200;

/** Every checkpoint of one community (or any region small enough), for the poster sheet and the map. */
export function useCommunityCheckpoints(community: string | null | undefined) {
  return useQuery({
    queryKey: [...CHECKPOINTS_KEY, 'community', community],
    queryFn: async () => (await api('GET /api/checkpoints', { query: { region: community!, limit: MAX_LIMIT } })).items,
    enabled: Boolean(community),
  });
}

/** One checkpoint, read fresh: its token may have been rotated since a list was loaded. */
export function useCheckpoint(id: string) {
  return useQuery({
    queryKey: [...CHECKPOINTS_KEY, 'one', id],
    queryFn: () => api('GET /api/checkpoints/:id', { params: { id } }),
  });
}

export function useCheckpointMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: CHECKPOINTS_KEY });
  return {
    create: useMutation({ mutationFn: (body: CheckpointCreate) => api('POST /api/checkpoints', { body }), onSuccess }),
    update: useMutation({ mutationFn: ({ id, ...body }: CheckpointUpdate & { id: string }) => api('PATCH /api/checkpoints/:id', { params: { id }, body }), onSuccess }),
    rotate: useMutation({ mutationFn: (id: string) => api('POST /api/checkpoints/:id/rotate-token', { params: { id } }), onSuccess }),
  };
}

/**
 * The QR code image of a checkpoint. The version (when its token was issued) changes the
 * address after a rotation, so no cached image of the old code is ever printed; it reveals
 * nothing of the token.
 */
export function qrSource(checkpoint: Pick<CheckpointView, 'id' | 'tokenIssuedAt'>): string {
  return `${apiUrl('GET /api/checkpoints/:id/qr.svg', { params: { id: checkpoint.id } })}?v=${Date.parse(checkpoint.tokenIssuedAt)}`;
}

export function posterPath(checkpoint: Pick<CheckpointView, 'id'>): string {
  return `/checkpoints/${checkpoint.id}/poster`;
}

export function communityPosterPath(community: string): string {
  return `/checkpoints/poster?community=${community}`;
}
