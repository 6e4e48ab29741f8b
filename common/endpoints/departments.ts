import { Type } from 'typebox';
import { DepartmentCreate, DepartmentList, DepartmentQuery, DepartmentUpdate, DepartmentView, TimeLimits } from '../contracts/dispatch.ts';
import { ErrorResponse, Uuid } from '../contracts/shared.ts';
import { endpoints } from './kit.ts';

const IdParams = Type.Object({ id: Uuid });

export const departmentEndpoints = endpoints({
  'GET /api/departments': {
    operationId: 'listDepartments', tag: 'events', permission: 'departments.read',
    summary: 'Departments that handle dispatched events (卫健、疾控、公安、城管…): those of the caller\'s region, below it and above it',
    query: DepartmentQuery, response: { 200: DepartmentList },
  },
  'POST /api/departments': {
    operationId: 'createDepartment', tag: 'events', permission: 'departments.manage',
    summary: 'Create a department in a region inside the caller\'s',
    body: DepartmentCreate, response: { 201: DepartmentView, 403: ErrorResponse, 409: ErrorResponse },
  },
  'PATCH /api/departments/:id': {
    operationId: 'updateDepartment', tag: 'events', permission: 'departments.manage',
    summary: 'Rename, re-kind or deactivate a department',
    params: IdParams, body: DepartmentUpdate, response: { 200: DepartmentView, 404: ErrorResponse, 409: ErrorResponse },
  },
  'GET /api/event-time-limits': {
    operationId: 'getEventTimeLimits', tag: 'events', permission: 'departments.read',
    summary: 'The time limit of each step by category, priority and area',
    response: { 200: TimeLimits },
  },
  'PUT /api/event-time-limits': {
    operationId: 'setEventTimeLimits', tag: 'events', permission: 'events.time_limits',
    summary: 'Replace the time limits; steps already running keep their deadlines',
    body: TimeLimits, response: { 200: TimeLimits },
  },
});
