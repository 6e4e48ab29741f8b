import { describe, expect, it } from 'vitest';
import { assessDeclaration, DEFAULT_WARNING_RULES, ruleProblems, type DeclarationFacts } from './warning-rules.ts';

const calm: DeclarationFacts = { temperature: 36.5, symptoms: [], keyAreaTravel: false, caseContact: false };

describe('warning rules', () => {
  it.each([
    ['a normal declaration', {}, null, []],
    ['37.2 °C', { temperature: 37.2 }, null, []],
    ['37.3 °C (the threshold)', { temperature: 37.3 }, 'medium', ['temperature']],
    ['38.5 °C', { temperature: 38.5 }, 'high', ['high_temperature']],
    ['a dry cough', { symptoms: ['dry_cough'] }, 'medium', ['symptom']],
    ['fatigue and a runny nose only', { symptoms: ['fatigue', 'runny_nose'] }, null, []],
    ['shortness of breath', { symptoms: ['short_breath'] }, 'medium', ['symptom']],
    ['key-area travel', { keyAreaTravel: true }, 'medium', ['key_area_travel']],
    ['contact with a case', { caseContact: true }, 'high', ['case_contact']],
    ['37.5 °C and a fever', { temperature: 37.5, symptoms: ['fever'] }, 'high', ['temperature', 'symptom']],
    ['cough after key-area travel', { symptoms: ['dry_cough'], keyAreaTravel: true }, 'high', ['symptom', 'key_area_travel']],
  ] as const)('%s', (_name, facts, level, reasons) => {
    expect(assessDeclaration({ ...calm, ...facts } as DeclarationFacts, DEFAULT_WARNING_RULES)).toEqual({ level, reasons });
  });

  it('follows the administrator\'s settings', () => {
    const rules = { ...DEFAULT_WARNING_RULES, feverThreshold: 37.0, warningSymptoms: ['taste_smell_loss' as const], keyAreaTravel: false };
    expect(assessDeclaration({ ...calm, temperature: 37.1 }, rules).level).toBe('medium');
    expect(assessDeclaration({ ...calm, symptoms: ['dry_cough'] }, rules).level).toBeNull();
    expect(assessDeclaration({ ...calm, symptoms: ['taste_smell_loss'] }, rules).reasons).toEqual(['symptom']);
    expect(assessDeclaration({ ...calm, keyAreaTravel: true }, rules).level).toBeNull();
  });

  it('refuses inconsistent settings', () => {
    expect(ruleProblems(DEFAULT_WARNING_RULES)).toEqual({});
    expect(ruleProblems({ ...DEFAULT_WARNING_RULES, feverThreshold: 38.6 })).toEqual({ highFeverThreshold: 'OUT_OF_RANGE' });
    expect(ruleProblems({ ...DEFAULT_WARNING_RULES, overdueHours: 0, feverThreshold: 35 })).toEqual({ feverThreshold: 'OUT_OF_RANGE', overdueHours: 'OUT_OF_RANGE' });
  });
});
