import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateUser, UpdateUser } from '../../../../common/contracts/users.ts';
import { api } from '../../../lib/api.ts';

const USERS_KEY = ['users'] as const;

/** Every change re-reads the list: the server decides status, region names and order. */
export function useUserMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: USERS_KEY });
  return {
    create: useMutation({ mutationFn: (body: CreateUser) => api('POST /api/users', { body }), onSuccess }),
    update: useMutation({ mutationFn: ({ id, ...body }: UpdateUser & { id: string }) => api('PATCH /api/users/:id', { params: { id }, body }), onSuccess }),
    resetPassword: useMutation({ mutationFn: ({ id, password }: { id: string; password: string }) => api('POST /api/users/:id/password', { params: { id }, body: { password } }) }),
  };
}
