import { Type } from 'typebox';
import { Page, PersonCreate, PersonDetail, PersonQuery, PersonRevealed, PersonView, RevealRequest } from '../contracts/field.ts';
import { ErrorResponse, Uuid } from '../contracts/shared.ts';
import { endpoints } from './kit.ts';

const IdParams = Type.Object({ id: Uuid });

export const personEndpoints = endpoints({
  'POST /api/persons': {
    operationId: 'createPerson', tag: 'persons', permission: 'field.write',
    summary: 'Register a person; 409 PERSON_EXISTS (with the existing record, masked) when the ID number is already registered',
    body: PersonCreate, response: { 200: PersonView, 201: PersonView, 404: ErrorResponse, 409: ErrorResponse },
  },
  'GET /api/persons': {
    operationId: 'listPersons', tag: 'persons', permission: 'field.read',
    summary: 'People in the caller\'s region (identifiers masked)',
    query: PersonQuery, response: { 200: Page(PersonView) },
  },
  'GET /api/persons/:id': {
    operationId: 'getPerson', tag: 'persons', permission: 'field.read',
    summary: 'A person with their household and movements (identifiers masked)',
    params: IdParams, response: { 200: PersonDetail, 404: ErrorResponse },
  },
  'POST /api/persons/:id/reveal': {
    operationId: 'revealPerson', tag: 'persons', permission: 'pii.reveal',
    summary: 'The full ID and phone numbers and the birth date; needs pii.reveal and a reason, and is audited',
    params: IdParams, body: RevealRequest, response: { 200: PersonRevealed, 404: ErrorResponse, 429: ErrorResponse },
  },
});
