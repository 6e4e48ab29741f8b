import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateUser, UpdateUser, UserList, UserListQuery, UserView } from '../../../../common/contracts/users.ts';
import { api } from '../../../lib/api.ts';

export type UserFilters = Pick<UserListQuery, 'q' | 'role' | 'status'>;

const USERS_KEY = ['users'] as const;

export function useUserList(filters: UserFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...USERS_KEY, filters, page, pageSize],
    queryFn: () => api.get<UserList>('/api/users', { ...filters, offset: (page - 1) * pageSize, limit: pageSize }),
    placeholderData: keepPreviousData,
  });
}

/** Every change re-reads the list: the server decides status, region names and order. */
export function useUserMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: USERS_KEY });
  return {
    create: useMutation({ mutationFn: (body: CreateUser) => api.post<UserView>('/api/users', body), onSuccess }),
    update: useMutation({ mutationFn: ({ id, ...body }: UpdateUser & { id: string }) => api.patch<UserView>(`/api/users/${id}`, body), onSuccess }),
    resetPassword: useMutation({ mutationFn: ({ id, password }: { id: string; password: string }) => api.post<void>(`/api/users/${id}/password`, { password }) }),
  };
}
