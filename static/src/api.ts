/**
 * The UI's one door to the backend. Only this file imports @forge/bridge, and only lazily (see `connect`), so a
 * page without a Forge host shows an error instead of a blank frame, and tests pass a fake bridge to `createApi`.
 */
import type {
  AboutData,
  GadgetConfig,
  IssueContextView,
  IssuePanelPayload,
  IssuePanelView,
  KeyResultDetailView,
  PeriodDto,
  PortfolioPayload,
  PortfolioView,
  ProjectPageView,
  ResolverResult,
  SettingsDto,
} from '../../src/contract';
import { RESOLVER_KEYS } from '../../src/contract';
import type {
  CheckInDraft,
  CheckInDraftPayload,
  GadgetView,
  IssueContextPayload,
  KeyResultDetailPayload,
  KeyResultInput,
  LinkTargetPayload,
  ObjectiveInput,
  ProjectPagePayload,
  RecordCheckInPayload,
  RecordedCheckIn,
  UpdateKeyResultPayload,
  UpdateObjectivePayload,
  Written,
} from '../../src/contract';
import type {
  AbandonObjectivePayload,
  AlignObjectivePayload,
  BackupDocument,
  CarryOverKeyResultPayload,
  CheckQualityPayload,
  CloseObjectivePayload,
  ClosePeriodPayload,
  DeleteKeyResultPayload,
  DueCheckInsPayload,
  DueCheckInsView,
  EditCheckInPayload,
  GradeKeyResultPayload,
  ImportBackupPayload,
  ImportBackupResult,
  LeadershipReportPayload,
  LeadershipReportView,
  PeriodClosePayload,
  PeriodCloseView,
  PreviewTargetPayload,
  ProjectTimelinePayload,
  ProjectTimelineView,
  QualityFindingDto,
  QualityReportPayload,
  QualityReportView,
  TargetPreview,
} from '../../src/contract';
import { ApiError, toApiError } from './errors';
import type { ForgeContext } from './forge-context';

/** The slice of @forge/bridge the UI uses; the real module satisfies it, tests hand in a fake. */
export interface Bridge {
  invoke<T>(functionKey: string, payload?: Record<string, unknown>): Promise<T>;
  view: {
    getContext(): Promise<unknown>;
    submit(payload?: unknown): Promise<void>;
    theme: { enable(): Promise<void> };
  };
}

export type Api = ReturnType<typeof createApi>;

export function createApi(bridge: Bridge) {
  /** Sends one resolver call and turns `{ok:false}` (or anything that is not a resolver answer) into an ApiError. */
  async function call<T>(key: string, payload: object = {}): Promise<T> {
    let answer: ResolverResult<T> | undefined;
    try {
      answer = await bridge.invoke<ResolverResult<T>>(key, payload as Record<string, unknown>);
    } catch (cause) {
      throw toApiError(cause);
    }
    if (!answer || typeof answer !== 'object' || typeof answer.ok !== 'boolean') {
      throw new ApiError('INTERNAL', `The backend gave no usable answer to ${key}.`);
    }
    if (!answer.ok) {
      const { code, message, fields } = answer.error;
      throw new ApiError(code, message, fields);
    }
    return answer.data;
  }

  return {
    getContext: async () => (await bridge.view.getContext()) as ForgeContext,
    enableTheme: () => bridge.view.theme.enable(),
    submitGadgetConfig: (config: GadgetConfig) => bridge.view.submit(config),

    about: () => call<AboutData>(RESOLVER_KEYS.about),
    getSettings: () => call<SettingsDto>(RESOLVER_KEYS.getSettings),
    updateSettings: (settings: SettingsDto) => call<SettingsDto>(RESOLVER_KEYS.updateSettings, settings),
    listPeriods: () => call<PeriodDto[]>(RESOLVER_KEYS.listPeriods),

    issuePanel: (p: IssuePanelPayload) => call<IssuePanelView>(RESOLVER_KEYS.issuePanel, p),
    issueContext: (p: IssueContextPayload) => call<IssueContextView>(RESOLVER_KEYS.issueContext, p),
    portfolio: (p: PortfolioPayload) => call<PortfolioView>(RESOLVER_KEYS.portfolio, p),
    keyResultDetail: (p: KeyResultDetailPayload) => call<KeyResultDetailView>(RESOLVER_KEYS.keyResultDetail, p),
    projectPage: (p: ProjectPagePayload) => call<ProjectPageView>(RESOLVER_KEYS.projectPage, p),
    gadget: (p: GadgetConfig) => call<GadgetView>(RESOLVER_KEYS.gadget, p),

    linkTarget: (p: LinkTargetPayload) => call<Written>(RESOLVER_KEYS.linkTarget, p),
    unlinkTarget: (p: LinkTargetPayload) => call<Written>(RESOLVER_KEYS.unlinkTarget, p),
    createObjective: (p: ObjectiveInput) => call<Written>(RESOLVER_KEYS.createObjective, p),
    updateObjective: (p: UpdateObjectivePayload) => call<Written>(RESOLVER_KEYS.updateObjective, p),
    createKeyResult: (p: KeyResultInput) => call<Written>(RESOLVER_KEYS.createKeyResult, p),
    updateKeyResult: (p: UpdateKeyResultPayload) => call<Written>(RESOLVER_KEYS.updateKeyResult, p),
    recordCheckIn: (p: RecordCheckInPayload) => call<RecordedCheckIn>(RESOLVER_KEYS.recordCheckIn, p),
    checkInDraft: (p: CheckInDraftPayload) => call<CheckInDraft>(RESOLVER_KEYS.checkInDraft, p),
    alignObjective: (p: AlignObjectivePayload) => call<Written>(RESOLVER_KEYS.alignObjective, p),
    closeObjective: (p: CloseObjectivePayload) => call<Written>(RESOLVER_KEYS.closeObjective, p),
    abandonObjective: (p: AbandonObjectivePayload) => call<Written>(RESOLVER_KEYS.abandonObjective, p),
    deleteKeyResult: (p: DeleteKeyResultPayload) => call<Written>(RESOLVER_KEYS.deleteKeyResult, p),
    previewTarget: (p: PreviewTargetPayload) => call<TargetPreview>(RESOLVER_KEYS.previewTarget, p),

    editCheckIn: (p: EditCheckInPayload) => call<Written>(RESOLVER_KEYS.editCheckIn, p),
    dueCheckIns: (p: DueCheckInsPayload) => call<DueCheckInsView>(RESOLVER_KEYS.dueCheckIns, p),
    checkQuality: (p: CheckQualityPayload) => call<QualityFindingDto[]>(RESOLVER_KEYS.checkQuality, p),
    qualityReport: (p: QualityReportPayload) => call<QualityReportView>(RESOLVER_KEYS.qualityReport, p),
    periodClose: (p: PeriodClosePayload) => call<PeriodCloseView>(RESOLVER_KEYS.periodClose, p),
    gradeKeyResult: (p: GradeKeyResultPayload) => call<Written>(RESOLVER_KEYS.gradeKeyResult, p),
    carryOverKeyResult: (p: CarryOverKeyResultPayload) => call<Written>(RESOLVER_KEYS.carryOverKeyResult, p),
    closePeriod: (p: ClosePeriodPayload) => call<PeriodDto>(RESOLVER_KEYS.closePeriod, p),

    leadershipReport: (p: LeadershipReportPayload) => call<LeadershipReportView>(RESOLVER_KEYS.leadershipReport, p),
    projectTimeline: (p: ProjectTimelinePayload) => call<ProjectTimelineView>(RESOLVER_KEYS.projectTimeline, p),

    exportBackup: () => call<BackupDocument>(RESOLVER_KEYS.exportBackup),
    importBackup: (p: ImportBackupPayload) => call<ImportBackupResult>(RESOLVER_KEYS.importBackup, p),
  };
}

/**
 * The one place the real bridge is loaded. @forge/bridge reads `window.__bridge` while its module evaluates and
 * throws if the host has not set it, so it is imported here, on demand, where the failure can be caught and shown.
 */
export async function connect(): Promise<Api> {
  const mod: Bridge & { default?: Bridge } = await import('@forge/bridge');
  // The bridge is CommonJS: depending on the bundler's interop its functions sit on the namespace or on `default`.
  return createApi(typeof mod.invoke === 'function' ? mod : (mod.default as Bridge));
}
