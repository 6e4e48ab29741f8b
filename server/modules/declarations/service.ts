import type { DeclarationAnswer, DeclarationSubmit, PublicCheckpoint } from '../../../common/contracts/declarations.ts';
import { DECLARATION_NAME_MAX } from '../../../common/declarations/vocabulary.ts';
import { assessDeclaration } from '../../../common/declarations/warning-rules.ts';
import { checkName } from '../../../common/field/rules.ts';
import { checkIdNumber } from '../../../common/identity/id-number.ts';
import { maskIdNumber, maskPhone } from '../../../common/identity/mask.ts';
import { checkMobilePhone } from '../../../common/identity/phone.ts';
import { trimText } from '../../../common/text/rules.ts';
import type { Database } from '../../db/database.ts';
import { GroupCommitter, type GroupCommitOptions } from '../../db/group-commit.ts';
import { AppError } from '../../core/errors.ts';
import type { PiiCipher } from '../../pii/crypto.ts';
import type { CheckpointByToken, CheckpointTokenCache } from '../checkpoints/token-cache.ts';
import type { CheckpointRateLimiter } from './checkpoint-rate.ts';
import type { OutboundRouting } from '../outbound/routing.ts';
import { commitDeclarations, type PreparedDeclaration } from './intake.ts';
import type { WarningRulesStore } from './rules-store.ts';

/**
 * The public declaration path: token → checkpoint (memory), checks, warning assessment,
 * encryption, then the group-commit batcher. Nothing here waits on the database except the
 * batch commit itself, and the answer is sent only once that commit is durable.
 */
export class DeclarationIntake {
  private readonly committer: GroupCommitter<PreparedDeclaration, DeclarationAnswer>;

  constructor(
    database: Database,
    private readonly pii: PiiCipher,
    private readonly tokens: CheckpointTokenCache,
    private readonly rules: WarningRulesStore,
    private readonly limiter: CheckpointRateLimiter,
    outbound: OutboundRouting,
    options: GroupCommitOptions,
  ) {
    this.committer = new GroupCommitter((batch) => commitDeclarations(database, this.rules.current, outbound, batch), options);
  }

  checkpoint(token: string): CheckpointByToken {
    const found = this.tokens.lookup(token);
    if (found.state === 'rotated') throw new AppError('TOKEN_ROTATED');
    if (found.state === 'unknown') throw new AppError('TOKEN_UNKNOWN');
    if (!found.checkpoint.active) throw new AppError('CHECKPOINT_CLOSED');
    return found.checkpoint;
  }

  publicCheckpoint(token: string): PublicCheckpoint {
    const c = this.checkpoint(token);
    return { name: c.name, communityName: c.communityName, regionPath: c.regionPath, kind: c.kind };
  }

  async declare(input: DeclarationSubmit, now = new Date()): Promise<DeclarationAnswer> {
    const checkpoint = this.checkpoint(input.token);
    if (!this.limiter.allow(checkpoint.id, now.getTime())) throw new AppError('RATE_LIMITED', 'too many declarations at this checkpoint; wait a minute');
    const fields: Record<string, string> = {};
    // Every text is checked here, before the batch: a row the database would refuse must not
    // reach a transaction it shares with other people's declarations.
    checkName(fields, 'name', input.name, DECLARATION_NAME_MAX, true);
    const name = trimText(input.name);
    const phone = checkMobilePhone(input.phone);
    if (!phone.ok) fields.phone = 'PHONE_INVALID';
    const id = input.idNumber ? checkIdNumber(input.idNumber, now) : null;
    if (id && !id.ok) fields.idNumber = id.problem === 'CHECKSUM' ? 'ID_NUMBER_CHECKSUM' : 'ID_NUMBER_INVALID';
    if (Object.keys(fields).length > 0) throw new AppError('VALIDATION_FAILED', undefined, fields);
    const phoneNumber = (phone as { normalized: string }).normalized;
    const temperature = Math.round(input.temperature * 10) / 10;
    const assessment = assessDeclaration({ temperature, symptoms: input.symptoms, keyAreaTravel: input.keyAreaTravel, caseContact: input.caseContact }, this.rules.current);
    return this.committer.submit({
      id: input.id,
      checkpointId: checkpoint.id,
      checkpointName: checkpoint.name,
      gridCode: checkpoint.gridCode,
      declaredAt: now,
      name,
      phoneCipher: this.pii.encrypt(phoneNumber),
      phoneIndex: this.pii.blindIndex('phone', phoneNumber),
      phoneMasked: maskPhone(phoneNumber),
      idNumberCipher: id?.ok ? this.pii.encrypt(id.normalized) : null,
      idNumberMasked: id?.ok ? maskIdNumber(id.normalized) : null,
      direction: input.direction,
      temperature,
      symptoms: input.symptoms,
      keyAreaTravel: input.keyAreaTravel,
      caseContact: input.caseContact,
      level: assessment.level,
      reasons: assessment.reasons,
    });
  }

  drain(): Promise<void> {
    return this.committer.drain();
  }
}

declare module '../../core/services.ts' {
  interface AppServices {
    /** Public declarations, committed in batches. */
    declarations: DeclarationIntake;
  }
}
