/** `GET /agreements/:id/certificate`: the destruction certificate, once the agreement is destroyed. */
import { z } from 'zod';
import { ConflictError } from '../errors/app-error';
import { defineRoute, type Route } from '../http/route';
import type { AgreementService } from '../agreements/agreement-service';
import type { SandboxLifecycle } from './sandbox-lifecycle';

const fileSchema = z.object({ name: z.string(), size: z.number().int(), sha256: z.string() });
const certificateSchema = z.object({
  certificateId: z.string(), agreementId: z.string(), sandboxId: z.string(), operatorId: z.string(), operatorUnit: z.string(),
  files: z.array(fileSchema), sealedAt: z.string(), destroyedAt: z.string(),
  keyDestruction: z.object({ keyId: z.string(), sealedKeySha256: z.string(), destroyedAt: z.string(), method: z.string() }),
  nothingRemains: z.boolean(), auditHead: z.object({ seq: z.number().int(), hash: z.string() }), hash: z.string(),
  signature: z.object({
    algorithm: z.enum(['SM2-with-SM3', 'Ed25519']), publicKey: z.string(), value: z.string(),
  }).optional().meta({ description: 'the platform\'s signature over `hash`: SM2 (GB/T 32918, SM3, identifier 1234567812345678; public key 04‖x‖y, signature DER, hex) under the 国密 profile, Ed25519 (raw public key, hex) under intl; the public key is also published by GET /audit/anchor' }),
});

export function certificateRoutes(agreements: AgreementService, lifecycle: SandboxLifecycle): Route[] {
  return [
    defineRoute({
      id: 'agreement.certificate', method: 'get', path: '/agreements/:id/certificate', tag: 'Agreements',
      summary: 'The destruction certificate (files with sizes and SHA-256, key destruction, audit head, own hash)',
      permission: ['read', 'Agreement'], params: z.strictObject({ id: z.string().min(1).max(100) }),
      responses: { 200: { description: 'the certificate', schema: certificateSchema }, 409: { description: 'not destroyed yet' } },
      handler: async ({ params, ability, audit }) => {
        audit.resource = `agreement:${params.id}`;
        audit.agreementId = params.id;
        const agreement = await agreements.visible(params.id, ability);
        const certificate = agreement.status === 'destroyed' ? await lifecycle.certificate(agreement.id) : null;
        if (!certificate) throw new ConflictError(`the agreement is ${agreement.status}; a certificate exists once it is destroyed`, 'not_destroyed');
        return { status: 200, body: certificate };
      },
    }),
  ];
}
