import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateUser, UpdateUser, UserListQuery } from '../../../../common/contracts/users.ts';
import { api } from '../../../lib/api.ts';

export type UserFilters = Pick<UserListQuery, 'q' | 'role' | 'status'>;

const USERS_KEY = ['users'] as const;

export function useUserList(filters: UserFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...USERS_KEY, filters, page, pageSize],
    queryFn: () => api('GET /api/users', { query: { ...filters, offset: (page - 1) * pageSize, limit: pageSize } }),
    placeholderData: keepPreviousData,
  });
}

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
