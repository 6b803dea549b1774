/**
 * `GET /products/:id/registration-package` (authority, auditors, the product's operator): JSON by
 * default, a ZIP with `?format=zip` or `Accept: application/zip`; the download's audit entry
 * records the manifest's SHA-256. `POST /products/:id/renewal` (authority): three more years.
 */
import { z } from 'zod';
import { defineRoute, type Route, type RouteResult } from '../http/route';
import { zipPackage } from './package-zip';
import type { RegistrationPackage } from './registration-package';
import { registrationValiditySchema } from './registration-schema';
import type { RegistrationService } from './registration-service';

const idParams = z.strictObject({ id: z.string().min(1).max(100) });
const packageSchema = z.object({
  manifest: z.record(z.string(), z.unknown()).describe('files with SHA-256 and size, validity and renewals, audit sequence numbers, the registration’s audit entry, the audit head, how to verify'),
  manifestSha256: z.string().describe('SHA-256 of the canonical JSON of the manifest (keys sorted, no whitespace)'),
  files: z.array(z.object({ path: z.string(), content: z.string().describe('the file’s UTF-8 text; its bytes hash to the manifest’s sha256') })),
});

function answer(pkg: RegistrationPackage, zip: boolean): RouteResult {
  const headers = { 'Cache-Control': 'no-store', 'X-Manifest-SHA256': pkg.manifestSha256 };
  if (!zip) return { status: 200, headers, body: { manifest: pkg.manifest, manifestSha256: pkg.manifestSha256, files: pkg.files.map((f) => ({ path: f.path, content: f.bytes.toString('utf8') })) } };
  const bytes = zipPackage(pkg);
  return {
    status: 200,
    headers: { ...headers, 'Content-Type': 'application/zip', 'Content-Disposition': `attachment; filename="registration-${pkg.manifest.product.id}.zip"`, 'X-Content-Type-Options': 'nosniff' },
    stream: async (out) => void out.write(bytes),
  };
}

export function registrationRoutes(registrations: RegistrationService): Route[] {
  return [
    defineRoute({
      id: 'product.registration_package', method: 'get', path: '/products/:id/registration-package', tag: 'Products',
      summary: 'The registration package of a registered product (登记包): description, source datasets’ schemas and masking rule sets, the approved model’s SQL, check summaries of its released runs, validity and renewals, every file’s SHA-256, the audit sequence numbers and the registration’s audit entry. JSON, or a ZIP (?format=zip or Accept: application/zip). Authority, auditors, the product’s operator.',
      permission: ['read', 'ProductRegistration'], params: idParams, query: z.strictObject({ format: z.enum(['json', 'zip']).optional() }),
      responses: {
        200: { description: 'the package', schema: packageSchema, contentTypes: ['application/json', 'application/zip'] },
        404: { description: 'not found, or not the caller’s own product' }, 409: { description: 'not registered (product_not_registered)' },
      },
      handler: async ({ params, query, req, ability, audit }) => {
        audit.resource = `product:${params.id}`;
        const pkg = await registrations.package(params.id, ability);
        const zip = query.format ? query.format === 'zip' : req.accepts(['application/json', 'application/zip']) === 'application/zip';
        audit.agreementId = pkg.manifest.product.agreementId;
        audit.details = { format: zip ? 'zip' : 'json', manifestSha256: pkg.manifestSha256, files: pkg.files.length, registrationAuditSeq: pkg.manifest.registration.auditSeq };
        return answer(pkg, zip);
      },
    }),
    defineRoute({
      id: 'product.renew', method: 'post', path: '/products/:id/renewal', tag: 'Products',
      summary: 'Renew a product’s registration for three more years from its expiry (authority; from 90 days before the expiry, or after it)',
      permission: ['update', 'ProductRegistration'], params: idParams, body: z.strictObject({ comment: z.string().trim().max(2000).optional() }),
      responses: {
        200: { description: 'the registration after the renewal', schema: registrationValiditySchema },
        409: { description: 'not due yet (renewal_not_due), renewed meanwhile (already_renewed), not registered, or retired with its agreement' },
      },
      handler: async ({ params, body, principal, ability, audit, commitAudited }) => {
        audit.resource = `product:${params.id}`;
        audit.details = { comment: body.comment ?? null };
        return { status: 200, body: await registrations.renew(params.id, body.comment ?? null, principal, ability, commitAudited(200)) };
      },
    }),
  ];
}
