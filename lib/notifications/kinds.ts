/**
 * What the application tells a person, in the inbox and (if they want) by e-mail: the kinds, the values each
 * is written with, and its words in the six languages. One source for both, so the inbox (read in the
 * reader's language of the moment) and the e-mail (written in the recipient's chosen language) say the same.
 */
import { intlLocale } from "../i18n/intl";
import type { Locale } from "../i18n/locales";
import { memberStateName } from "../reference";

export const NOTIFICATION_KINDS = [
  "deadline_reminder",
  "deadline_passed",
  "assessment_returned",
  "validation_query",
  "plan_action_overdue",
  "assignment",
  "mention",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/** The values of each kind (all strings or numbers: they are stored as JSON and put into the texts). */
export interface NotificationParams {
  deadline_reminder: { cycle: number; iso3: string; deadline: string; days: number };
  deadline_passed: { cycle: number; iso3: string; deadline: string };
  assessment_returned: { cycle: number; iso3: string };
  validation_query: { cycle: number; iso3: string; questionId: string };
  plan_action_overdue: { iso3: string; title: string; targetDate: string };
  /** `questions` is the list of question ids, comma-separated; `dueDate` is "" when none was set. */
  assignment: { cycle: number; iso3: string; assigner: string; count: number; questions: string; dueDate: string };
  /** `excerpt` is the start of the comment (the whole thread is one click away). */
  mention: { cycle: number; iso3: string; questionId: string; author: string; excerpt: string };
}

const EXCERPT_LENGTH = 500;

/** The start of a comment, as a mention quotes it (cut at a word where it can be). */
export function excerptOf(text: string): string {
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  const space = cut.lastIndexOf(" ");
  return `${space > EXCERPT_LENGTH * 0.8 ? cut.slice(0, space) : cut}…`;
}

/** Where each kind leads, without the language prefix (the page adds it, the e-mail adds origin and language). */
export function notificationLink(kind: NotificationKind): string {
  return kind === "plan_action_overdue" ? "/plan" : "/assessment";
}

interface KindTexts {
  title: string;
  body: string;
}
export interface NotificationTexts {
  kinds: Record<NotificationKind, KindTexts>;
  /** The e-mail's button. */
  open: string;
  /** The e-mail's last line: why it came and where to stop e-mails. */
  footer: string;
}

export const NOTIFICATION_TEXTS: Record<Locale, NotificationTexts> = {
  en: {
    kinds: {
      deadline_reminder: {
        title: "Reminder: the {cycle} assessment of {state} is due on {date}",
        body: "The self-assessment of {state} for {cycle} has not been submitted yet. Days left: {days}. Please complete it and submit it before the deadline.",
      },
      deadline_passed: {
        title: "The {cycle} assessment of {state} is overdue",
        body: "It was due on {date} and has not been submitted yet. Please submit it as soon as possible, or ask BDT for an extension.",
      },
      assessment_returned: {
        title: "BDT returned the {cycle} assessment of {state}",
        body: "BDT asks for changes to some answers before validating it. Read the comments, change the answers and submit the assessment again.",
      },
      validation_query: {
        title: "BDT has a question on the {cycle} assessment of {state}",
        body: "An analyst queried the answer to question {questionId}. Open the assessment to reply.",
      },
      plan_action_overdue: {
        title: "An action of the plan of {state} is overdue",
        body: "“{title}” was due on {date} and is not done yet. Update its status or its target date in the action plan.",
      },
      assignment: {
        title: "Questions of the {cycle} assessment of {state} assigned to you",
        body: "{assigner} assigned you {count} questions of the {cycle} assessment of {state}: {questions}.[[ Please answer by {date}.]]",
      },
      mention: {
        title: "{author} mentioned you on question {questionId}",
        body: "{author} mentioned you in the discussion of question {questionId} ({state}): “{excerpt}”",
      },
    },
    open: "Open Res45 Readiness",
    footer:
      "You receive this message by e-mail and in your inbox in Res45 Readiness. On your account page you can choose the inbox only.",
  },
  fr: {
    kinds: {
      deadline_reminder: {
        title: "Rappel : l’évaluation {cycle} de {state} est attendue le {date}",
        body: "L’auto-évaluation de {state} pour {cycle} n’a pas encore été soumise. Jours restants : {days}. Merci de la compléter et de la soumettre avant l’échéance.",
      },
      deadline_passed: {
        title: "L’évaluation {cycle} de {state} est en retard",
        body: "Elle était attendue le {date} et n’a pas encore été soumise. Merci de la soumettre au plus vite ou de demander un délai au BDT.",
      },
      assessment_returned: {
        title: "Le BDT a renvoyé l’évaluation {cycle} de {state}",
        body: "Le BDT demande de modifier certaines réponses avant de la valider. Lisez les commentaires, modifiez les réponses et soumettez à nouveau l’évaluation.",
      },
      validation_query: {
        title: "Le BDT a une question sur l’évaluation {cycle} de {state}",
        body: "Un analyste interroge la réponse à la question {questionId}. Ouvrez l’évaluation pour répondre.",
      },
      plan_action_overdue: {
        title: "Une action du plan de {state} est en retard",
        body: "« {title} » était prévue pour le {date} et n’est pas terminée. Mettez à jour son statut ou sa date cible dans le plan d’action.",
      },
      assignment: {
        title: "Des questions de l’évaluation {cycle} de {state} vous sont attribuées",
        body: "{assigner} vous a attribué {count} questions de l’évaluation {cycle} de {state} : {questions}.[[ Merci de répondre d’ici le {date}.]]",
      },
      mention: {
        title: "{author} vous a mentionné sur la question {questionId}",
        body: "{author} vous a mentionné dans la discussion de la question {questionId} ({state}) : « {excerpt} »",
      },
    },
    open: "Ouvrir Res45 Readiness",
    footer:
      "Vous recevez ce message par courriel et dans votre boîte de réception Res45 Readiness. Sur la page de votre compte, vous pouvez choisir la boîte de réception seule.",
  },
  es: {
    kinds: {
      deadline_reminder: {
        title: "Recordatorio: la evaluación {cycle} de {state} vence el {date}",
        body: "La autoevaluación de {state} para {cycle} aún no se ha presentado. Días restantes: {days}. Complétela y preséntela antes del plazo.",
      },
      deadline_passed: {
        title: "La evaluación {cycle} de {state} está atrasada",
        body: "Vencía el {date} y aún no se ha presentado. Preséntela lo antes posible o pida una prórroga a la BDT.",
      },
      assessment_returned: {
        title: "La BDT devolvió la evaluación {cycle} de {state}",
        body: "La BDT pide cambios en algunas respuestas antes de validarla. Lea los comentarios, cambie las respuestas y vuelva a presentar la evaluación.",
      },
      validation_query: {
        title: "La BDT tiene una pregunta sobre la evaluación {cycle} de {state}",
        body: "Un analista consultó la respuesta a la pregunta {questionId}. Abra la evaluación para responder.",
      },
      plan_action_overdue: {
        title: "Una acción del plan de {state} está atrasada",
        body: "«{title}» vencía el {date} y aún no está terminada. Actualice su estado o su fecha objetivo en el plan de acción.",
      },
      assignment: {
        title: "Preguntas de la evaluación {cycle} de {state} asignadas a usted",
        body: "{assigner} le asignó {count} preguntas de la evaluación {cycle} de {state}: {questions}.[[ Responda antes del {date}.]]",
      },
      mention: {
        title: "{author} le mencionó en la pregunta {questionId}",
        body: "{author} le mencionó en el debate de la pregunta {questionId} ({state}): «{excerpt}»",
      },
    },
    open: "Abrir Res45 Readiness",
    footer:
      "Recibe este mensaje por correo electrónico y en su bandeja de Res45 Readiness. En la página de su cuenta puede elegir solo la bandeja.",
  },
  ru: {
    kinds: {
      deadline_reminder: {
        title: "Напоминание: оценку {state} за {cycle} год нужно представить до {date}",
        body: "Самооценка {state} за {cycle} год ещё не представлена. Осталось дней: {days}. Пожалуйста, завершите и представьте её до срока.",
      },
      deadline_passed: {
        title: "Оценка {state} за {cycle} год просрочена",
        body: "Срок истёк {date}, но оценка ещё не представлена. Пожалуйста, представьте её как можно скорее или попросите БРЭ продлить срок.",
      },
      assessment_returned: {
        title: "БРЭ вернуло оценку {state} за {cycle} год",
        body: "БРЭ просит изменить некоторые ответы перед утверждением. Прочитайте комментарии, измените ответы и снова представьте оценку.",
      },
      validation_query: {
        title: "У БРЭ есть вопрос по оценке {state} за {cycle} год",
        body: "Аналитик задал вопрос по ответу на вопрос {questionId}. Откройте оценку, чтобы ответить.",
      },
      plan_action_overdue: {
        title: "Мера плана действий {state} просрочена",
        body: "Срок «{title}» истёк {date}, но мера не выполнена. Обновите её статус или целевую дату в плане действий.",
      },
      assignment: {
        title: "Вам поручены вопросы оценки {state} за {cycle} год",
        body: "{assigner} поручил(а) вам вопросы оценки {state} за {cycle} год ({count}): {questions}.[[ Пожалуйста, ответьте до {date}.]]",
      },
      mention: {
        title: "{author} упомянул(а) вас в вопросе {questionId}",
        body: "{author} упомянул(а) вас в обсуждении вопроса {questionId} ({state}): «{excerpt}»",
      },
    },
    open: "Открыть Res45 Readiness",
    footer:
      "Вы получаете это сообщение по электронной почте и во входящих Res45 Readiness. На странице учётной записи можно выбрать только входящие.",
  },
  zh: {
    kinds: {
      deadline_reminder: {
        title: "提醒：{state} 的 {cycle} 年评估截止日期为 {date}",
        body: "{state} 的 {cycle} 年自我评估尚未提交。剩余天数：{days}。请在截止日期前完成并提交。",
      },
      deadline_passed: {
        title: "{state} 的 {cycle} 年评估已逾期",
        body: "截止日期为 {date}，评估尚未提交。请尽快提交，或向 BDT 申请延期。",
      },
      assessment_returned: {
        title: "BDT 退回了 {state} 的 {cycle} 年评估",
        body: "BDT 要求在验证前修改部分答案。请阅读意见，修改答案并重新提交评估。",
      },
      validation_query: {
        title: "BDT 对 {state} 的 {cycle} 年评估有疑问",
        body: "一名分析员对问题 {questionId} 的答案提出了疑问。请打开评估进行答复。",
      },
      plan_action_overdue: {
        title: "{state} 行动计划中的一项行动已逾期",
        body: "“{title}”的目标日期为 {date}，尚未完成。请在行动计划中更新其状态或目标日期。",
      },
      assignment: {
        title: "{state} 的 {cycle} 年评估中有问题分配给您",
        body: "{assigner} 将 {state} 的 {cycle} 年评估中的 {count} 个问题分配给了您：{questions}。[[请在 {date} 之前作答。]]",
      },
      mention: {
        title: "{author} 在问题 {questionId} 中提到了您",
        body: "{author} 在问题 {questionId}（{state}）的讨论中提到了您：“{excerpt}”",
      },
    },
    open: "打开 Res45 Readiness",
    footer: "您通过电子邮件和 Res45 Readiness 收件箱收到此消息。您可以在账户页面选择仅使用收件箱。",
  },
  ar: {
    kinds: {
      deadline_reminder: {
        title: "تذكير: موعد تقديم تقييم {state} لعام {cycle} هو {date}",
        body: "لم يُقدَّم التقييم الذاتي لـ {state} لعام {cycle} بعد. الأيام المتبقية: {days}. يُرجى إكماله وتقديمه قبل الموعد النهائي.",
      },
      deadline_passed: {
        title: "تأخر تقييم {state} لعام {cycle}",
        body: "كان موعده {date} ولم يُقدَّم بعد. يُرجى تقديمه في أقرب وقت أو طلب تمديد من مكتب تنمية الاتصالات.",
      },
      assessment_returned: {
        title: "أعاد مكتب تنمية الاتصالات تقييم {state} لعام {cycle}",
        body: "يطلب المكتب تعديل بعض الإجابات قبل اعتماد التقييم. اقرأ التعليقات وعدّل الإجابات ثم قدّم التقييم مرة أخرى.",
      },
      validation_query: {
        title: "لدى مكتب تنمية الاتصالات سؤال بشأن تقييم {state} لعام {cycle}",
        body: "استفسر أحد المحللين عن الإجابة على السؤال {questionId}. افتح التقييم للرد.",
      },
      plan_action_overdue: {
        title: "تأخر إجراء من خطة عمل {state}",
        body: "كان موعد «{title}» هو {date} ولم يُنجز بعد. حدّث حالته أو تاريخه المستهدف في خطة العمل.",
      },
      assignment: {
        title: "أسئلة من تقييم {state} لعام {cycle} مسندة إليك",
        body: "أسند إليك {assigner} عدد {count} من أسئلة تقييم {state} لعام {cycle}: {questions}.[[ يُرجى الإجابة قبل {date}.]]",
      },
      mention: {
        title: "أشار إليك {author} في السؤال {questionId}",
        body: "أشار إليك {author} في مناقشة السؤال {questionId} ({state}): «{excerpt}»",
      },
    },
    open: "فتح Res45 Readiness",
    footer:
      "تصلك هذه الرسالة بالبريد الإلكتروني وفي صندوق الوارد في Res45 Readiness. يمكنك من صفحة حسابك اختيار صندوق الوارد وحده.",
  },
};

function formatDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** The values a kind's texts are filled with: state names and dates in the reader's language. */
function displayValues(params: Record<string, string | number>, locale: Locale): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) values[key] = String(value);
  if (typeof params.iso3 === "string") values.state = memberStateName(params.iso3, locale);
  const day = params.deadline ?? params.targetDate ?? params.dueDate;
  if (typeof day === "string" && /^\d{4}-\d{2}-\d{2}$/.test(day)) values.date = formatDay(day, locale);
  return values;
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/** `[[ … ]]` holds a sentence that is said only when every value it names is given (a due date, say). */
const fillOptional = (template: string, values: Record<string, string>) =>
  fill(
    template.replace(/\[\[(.*?)\]\]/g, (_, inner: string) =>
      [...inner.matchAll(/\{(\w+)\}/g)].every(([, key]) => values[key!]) ? inner : "",
    ),
    values,
  );

/** A notification's title and text in `locale` (unknown kinds, from a newer version, read as their kind). */
export function notificationText(
  kind: string,
  params: Record<string, string | number>,
  locale: Locale,
): { title: string; body: string } {
  if (!isNotificationKind(kind)) return { title: kind, body: "" };
  const texts = NOTIFICATION_TEXTS[locale].kinds[kind];
  const values = displayValues(params, locale);
  return { title: fillOptional(texts.title, values), body: fillOptional(texts.body, values) };
}
