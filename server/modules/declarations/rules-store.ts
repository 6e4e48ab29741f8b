import type { Kysely } from 'kysely';
import { DEFAULT_WARNING_RULES, type WarningRules } from '../../../common/declarations/warning-rules.ts';
import type { Queryable } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';

const KEY = 'warning_rules';

/** The administrators' warning rules, kept in `settings`; the defaults until someone changes them. */
export class WarningRulesStore {
  private rules: WarningRules = DEFAULT_WARNING_RULES;

  constructor(private readonly db: Kysely<DB>) {}

  get current(): WarningRules {
    return this.rules;
  }

  async reload(): Promise<void> {
    const row = await this.db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
    this.rules = { ...DEFAULT_WARNING_RULES, ...((row?.value as Partial<WarningRules> | undefined) ?? {}) };
  }

  static async save(tx: Queryable, rules: WarningRules): Promise<void> {
    await tx.insertInto('settings').values({ key: KEY, value: JSON.stringify(rules) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(rules), updated_at: new Date() }))
      .execute();
  }
}

declare module '../../core/services.ts' {
  interface AppServices {
    /** The warning rules in force, reloaded when the settings change. */
    warningRules: WarningRulesStore;
  }
}
