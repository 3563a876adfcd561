import { areaIndexFor, userProvince } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import type { DbClient } from '../db/client.js';
import { fromDbDate, toDbDate } from '../db/dates.js';
import { appError, forbidden, type Messages } from '../errors.js';
import { agencyGraph, membersMakingLoop, parentMakesLoop, successorProblem, type AgencyGraph } from './links.js';
import type { NextAgency } from './schemas.js';

/** The rules an agency must meet before it is stored: the admin's province, its dates, and its links. */

const field = (path: string, vi: string, en: string) =>
  appError('BAD_REQUEST', 'INVALID_INPUT', { vi, en }, [{ path, vi, en }]);
const quoted = (ids: readonly string[]) => ids.map((x) => `"${x}"`).join(', ');
const viDate = (iso: string) => iso.split('-').reverse().join('/');

// Agency mutations take turns: two concurrent edits could each pass the loop check and together close a loop.
const AGENCY_LINKS_LOCK_KEY = 72707371;

export async function lockAgencyLinks(db: DbClient): Promise<void> {
  await db.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(${AGENCY_LINKS_LOCK_KEY}::bigint)) AS l`;
}

/** The admin's province (null = every province); an agency of another province is outside its scope. */
export async function adminProvince(db: DbClient, user: AuthUser): Promise<string | null> {
  if (user.scopeAreaCode === null) return null;
  if (user.scopeAreaCode.length === 2) return user.scopeAreaCode;
  const area = await db.area.findFirst({ where: { code: user.scopeAreaCode }, orderBy: { structure: 'desc' } });
  return area ? userProvince(user, await areaIndexFor(db, fromDbDate(area.structure))) : user.scopeAreaCode;
}

export async function checkAgency(db: DbClient, user: AuthUser, id: string, next: NextAgency): Promise<void> {
  const province = await adminProvince(db, user);
  if (province !== null && next.provinceCode !== province) {
    throw forbidden({
      vi: 'Bạn chỉ quản lý được cơ quan của tỉnh mình',
      en: 'You can only manage agencies of your province',
    });
  }
  if (next.validFrom && next.validTo && next.validFrom > next.validTo) {
    throw field('validTo', 'Ngày hết hiệu lực phải sau ngày có hiệu lực', 'The end date must follow the start date');
  }
  const [agencies, members] = await Promise.all([
    db.agency.findMany({ select: { id: true, provinceCode: true, successorId: true, parentId: true } }),
    db.agencyMember.findMany({ select: { groupId: true, memberId: true } }),
  ]);
  const graph = agencyGraph(agencies, members);
  checkSuccessor(graph, id, next);
  checkParent(graph, id, next);
  checkMembers(graph, id, next);
  await checkArea(db, next);
}

function checkSuccessor(graph: AgencyGraph, id: string, next: NextAgency): void {
  const problem = successorProblem(graph, id, next.successorId);
  if (problem === 'self')
    throw field('successorId', 'Cơ quan không thể kế nhiệm chính nó', 'An agency cannot succeed itself');
  if (problem === 'unknown')
    throw field('successorId', `Không có cơ quan "${next.successorId}"`, `No agency "${next.successorId}"`);
  if (problem === 'loop') throw field('successorId', 'Chuỗi cơ quan kế nhiệm bị vòng lặp', 'The successor chain loops');
}

/** A linked agency is national or of the agency's own province (a national agency links national ones only). */
function sameProvince(graph: AgencyGraph, next: NextAgency, other: string): boolean {
  const theirs = graph.agencies.get(other)?.provinceCode ?? null;
  return theirs === null || theirs === next.provinceCode;
}

function checkParent(graph: AgencyGraph, id: string, next: NextAgency): void {
  const parent = next.parentId;
  if (parent === null) return;
  if (parent === id)
    throw field('parentId', 'Cơ quan không thể trực thuộc chính nó', 'An agency cannot belong to itself');
  if (!graph.agencies.has(parent)) throw field('parentId', `Không có cơ quan "${parent}"`, `No agency "${parent}"`);
  if (!sameProvince(graph, next, parent)) {
    throw field(
      'parentId',
      'Cơ quan cấp trên phải là cơ quan trung ương hoặc cùng tỉnh',
      'The parent must be a national agency or one of the same province',
    );
  }
  if (parentMakesLoop(graph, id, parent)) {
    throw field(
      'parentId',
      `Cơ quan "${parent}" đang trực thuộc (trực tiếp hoặc gián tiếp) cơ quan này nên không thể là cấp trên của nó`,
      `"${parent}" already belongs, directly or not, to this agency, so it cannot be its parent`,
    );
  }
}

function checkMembers(graph: AgencyGraph, id: string, next: NextAgency): void {
  const problem = (vi: string, en: string) => field('memberIds', vi, en);
  if (next.memberIds.includes(id))
    throw problem('Cơ quan không thể là thành viên của chính nó', 'An agency cannot be a member of itself');
  const unknown = next.memberIds.filter((m) => !graph.agencies.has(m));
  if (unknown.length > 0) throw problem(`Không có cơ quan ${quoted(unknown)}`, `No agency ${quoted(unknown)}`);
  const elsewhere = next.memberIds.filter((m) => !sameProvince(graph, next, m));
  if (elsewhere.length > 0) {
    throw problem(
      `Thành viên phải là cơ quan trung ương hoặc cùng tỉnh: ${quoted(elsewhere)}`,
      `Members must be national agencies or of the same province: ${quoted(elsewhere)}`,
    );
  }
  const loops = membersMakingLoop(graph, id, next);
  if (loops.length > 0) {
    throw problem(
      `Cơ quan này đang trực thuộc (trực tiếp hoặc gián tiếp) ${quoted(loops)} nên không thể nhận làm thành viên`,
      `This agency already belongs, directly or not, to ${quoted(loops)}, which cannot be its members`,
    );
  }
}

async function checkArea(db: DbClient, next: NextAgency): Promise<void> {
  const { areaCode: code, areaStructure: structure } = next;
  if (code === null && structure === null) return;
  if (code === null || structure === null) {
    const messages: Messages = {
      vi: 'Chọn cả cơ cấu hành chính và địa bàn, hoặc bỏ trống cả hai',
      en: 'Give both the administrative structure and the area, or neither',
    };
    throw field(code === null ? 'areaCode' : 'areaStructure', messages.vi, messages.en);
  }
  const area = await db.area.findUnique({
    where: { code_structure: { code, structure: toDbDate(structure) } },
    select: { name: true, provinceCode: true },
  });
  if (!area) {
    throw field(
      'areaCode',
      `Không có địa bàn mã "${code}" trong cơ cấu hành chính ngày ${viDate(structure)}`,
      `No area "${code}" in the administrative structure of ${structure}`,
    );
  }
  if (next.provinceCode !== null && area.provinceCode !== next.provinceCode) {
    throw field(
      'areaCode',
      `${area.name} không thuộc tỉnh của cơ quan`,
      `${area.name} is not in the agency's province`,
    );
  }
}
