import { AuditPage, AuditQuery, AuditVerification } from '../contracts/audit.ts';
import { endpoints } from './kit.ts';

export const auditEndpoints = endpoints({
  'GET /api/audit': {
    operationId: 'listAudit', tag: 'audit', permission: 'audit.read',
    summary: 'Audit entries about the caller\'s region, newest first',
    query: AuditQuery, response: { 200: AuditPage },
  },
  'GET /api/audit/verify': {
    operationId: 'verifyAudit', tag: 'audit', permission: 'audit.read',
    summary: 'Recompute the hash chain of the whole audit log',
    response: { 200: AuditVerification },
  },
});
