import { authedProcedure, createRouter, mutationProcedure, telemetryProcedure } from '../trpc.js';
import { fieldDataVersion, fieldPlans } from './sync-bootstrap.js';
import {
  fieldIdleDays,
  issueFieldCredential,
  resolveFieldCredential,
  revokeFieldCredential,
} from './sync-credential.js';
import { receivePhotoChunk } from './sync-photo.js';
import { pushRecord, submitByKey } from './sync-push.js';
import { returnedRecords, submitById, updateRecord } from './sync-update.js';
import {
  BootstrapInputSchema,
  BootstrapOutputSchema,
  CredentialInputSchema,
  IssueInputSchema,
  IssueOutputSchema,
  PhotoInputSchema,
  PhotoOutputSchema,
  PushInputSchema,
  PushOutputSchema,
  ReturnedOutputSchema,
  SubmitInputSchema,
  SubmitOutputSchema,
  UpdateInputSchema,
} from './sync-schemas.js';
import { z } from 'zod';

/**
 * record.sync.*: the field app (issue 19). `issue` is the one call made with an ordinary session; every other call
 * carries the field credential (sync-credential.ts) in its input and can do nothing but what is here.
 */
export const syncRouter = createRouter({
  issue: authedProcedure
    .input(IssueInputSchema)
    .output(IssueOutputSchema)
    .mutation(async ({ ctx }) => {
      const { id, token } = await issueFieldCredential(ctx.db, ctx.user, ctx.userAgent);
      ctx.audit({ entity: 'field_credential', entityId: id, after: { userId: ctx.user.id, userAgent: ctx.userAgent } });
      return {
        token,
        user: { id: ctx.user.id, displayName: ctx.user.displayName, role: ctx.user.role },
        idleDays: fieldIdleDays(),
      };
    }),

  /** Read, and the credential's last use moved forward: no transaction, no audit row (like a heartbeat). */
  bootstrap: telemetryProcedure
    .input(BootstrapInputSchema)
    .output(BootstrapOutputSchema)
    .mutation(async ({ ctx, input }) => {
      const { user } = await resolveFieldCredential(ctx.db, input.credential);
      const plans = await fieldPlans(ctx.db, user);
      const who = { id: user.id, displayName: user.displayName, role: user.role };
      const version = fieldDataVersion(who, plans);
      const idleDays = fieldIdleDays();
      if (input.since === version) return { unchanged: true as const, version, idleDays };
      return { unchanged: false as const, version, idleDays, user: who, plans };
    }),

  push: mutationProcedure
    .input(PushInputSchema)
    .output(PushOutputSchema)
    .mutation(async ({ ctx, input }) => {
      const { user } = await resolveFieldCredential(ctx.db, input.credential);
      return pushRecord({ db: ctx.db, user, audit: ctx.audit }, input);
    }),

  /** The officer's own returned records (a read, like bootstrap: no transaction, no audit row). */
  returned: telemetryProcedure
    .input(CredentialInputSchema)
    .output(ReturnedOutputSchema)
    .mutation(async ({ ctx, input }) => {
      const { user } = await resolveFieldCredential(ctx.db, input.credential);
      return returnedRecords(ctx.db, user);
    }),

  /** A returned (or draft) record of the officer's, corrected offline (sync-update.ts, domain rule 5). */
  update: mutationProcedure
    .input(UpdateInputSchema)
    .output(PushOutputSchema)
    .mutation(async ({ ctx, input }) => {
      const { user } = await resolveFieldCredential(ctx.db, input.credential);
      return updateRecord({ db: ctx.db, user, audit: ctx.audit }, input);
    }),

  photo: mutationProcedure
    .input(PhotoInputSchema)
    .output(PhotoOutputSchema)
    .mutation(async ({ ctx, input }) => {
      const { user } = await resolveFieldCredential(ctx.db, input.credential);
      return receivePhotoChunk({ db: ctx.db, user, audit: ctx.audit }, input);
    }),

  submit: mutationProcedure
    .input(SubmitInputSchema)
    .output(SubmitOutputSchema)
    .mutation(async ({ ctx, input }) => {
      const { user } = await resolveFieldCredential(ctx.db, input.credential);
      const deps = { db: ctx.db, user, audit: ctx.audit };
      return input.recordId ? submitById(deps, input.recordId) : submitByKey(deps, input.recordKey ?? '');
    }),

  /** Sign-out on the device: the credential stops working at once (idempotent). */
  revoke: mutationProcedure
    .input(CredentialInputSchema)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      const id = await revokeFieldCredential(ctx.db, input.credential);
      if (id) ctx.audit({ entity: 'field_credential', entityId: id, action: 'record.sync.revoke' });
      return { ok: true as const };
    }),
});
