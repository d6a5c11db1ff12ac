import type { Locale } from "../i18n/locales";

/**
 * The words of every e-mail, in the six languages. A record per language (not message files the pages
 * load): mail is written on the server only, and the type makes every language carry every text.
 * Placeholders in {braces} are filled (and HTML-escaped) by lib/mail/templates.ts.
 */
export interface MailTexts {
  greeting: string;
  signature: string;
  ignore: string;
  invitation: { subject: string; body: string; action: string; expires: string };
  passwordReset: { subject: string; body: string; action: string; expires: string };
  roles: { focal_point: string; contributor: string; analyst: string; admin: string };
}

export const MAIL_TEXTS: Record<Locale, MailTexts> = {
  en: {
    greeting: "Hello {name},",
    signature: "Res45 Readiness, ITU/BDT",
    ignore: "If you did not expect this message, you can ignore it.",
    invitation: {
      subject: "Your invitation to Res45 Readiness",
      body: "{inviter} invites you to Res45 Readiness as {role}. Follow the link below to choose your password and sign in.",
      action: "Choose your password",
      expires: "The link can be used once and expires on {date}.",
    },
    passwordReset: {
      subject: "Reset your Res45 Readiness password",
      body: "Someone asked to reset the password of your Res45 Readiness account. Follow the link below to choose a new one; your other sessions will end.",
      action: "Choose a new password",
      expires: "The link can be used once and expires in {minutes} minutes.",
    },
    roles: {
      focal_point: "focal point for {state}",
      contributor: "contributor for {state}",
      analyst: "BDT analyst",
      admin: "administrator",
    },
  },
  fr: {
    greeting: "Bonjour {name},",
    signature: "Res45 Readiness, UIT/BDT",
    ignore: "Si vous n’attendiez pas ce message, vous pouvez l’ignorer.",
    invitation: {
      subject: "Votre invitation à Res45 Readiness",
      body: "{inviter} vous invite à Res45 Readiness en tant que {role}. Suivez le lien ci-dessous pour choisir votre mot de passe et vous connecter.",
      action: "Choisir votre mot de passe",
      expires: "Le lien ne peut servir qu’une fois et expire le {date}.",
    },
    passwordReset: {
      subject: "Réinitialiser votre mot de passe Res45 Readiness",
      body: "Une demande de réinitialisation du mot de passe de votre compte Res45 Readiness a été faite. Suivez le lien ci-dessous pour en choisir un nouveau ; vos autres sessions seront fermées.",
      action: "Choisir un nouveau mot de passe",
      expires: "Le lien ne peut servir qu’une fois et expire dans {minutes} minutes.",
    },
    roles: {
      focal_point: "point focal pour {state}",
      contributor: "contributeur pour {state}",
      analyst: "analyste du BDT",
      admin: "administrateur",
    },
  },
  es: {
    greeting: "Hola, {name}:",
    signature: "Res45 Readiness, UIT/BDT",
    ignore: "Si no esperaba este mensaje, puede ignorarlo.",
    invitation: {
      subject: "Su invitación a Res45 Readiness",
      body: "{inviter} le invita a Res45 Readiness como {role}. Siga el enlace de abajo para elegir su contraseña e iniciar sesión.",
      action: "Elegir su contraseña",
      expires: "El enlace solo puede usarse una vez y caduca el {date}.",
    },
    passwordReset: {
      subject: "Restablecer su contraseña de Res45 Readiness",
      body: "Se ha solicitado restablecer la contraseña de su cuenta de Res45 Readiness. Siga el enlace de abajo para elegir una nueva; sus demás sesiones se cerrarán.",
      action: "Elegir una nueva contraseña",
      expires: "El enlace solo puede usarse una vez y caduca en {minutes} minutos.",
    },
    roles: {
      focal_point: "punto focal de {state}",
      contributor: "colaborador de {state}",
      analyst: "analista de la BDT",
      admin: "administrador",
    },
  },
  ru: {
    greeting: "Здравствуйте, {name}!",
    signature: "Res45 Readiness, МСЭ/БРЭ",
    ignore: "Если вы не ожидали этого сообщения, просто проигнорируйте его.",
    invitation: {
      subject: "Приглашение в Res45 Readiness",
      body: "{inviter} приглашает вас в Res45 Readiness в роли: {role}. Перейдите по ссылке ниже, чтобы выбрать пароль и войти.",
      action: "Выбрать пароль",
      expires: "Ссылку можно использовать один раз; она действует до {date}.",
    },
    passwordReset: {
      subject: "Сброс пароля Res45 Readiness",
      body: "Поступил запрос на сброс пароля вашей учётной записи Res45 Readiness. Перейдите по ссылке ниже, чтобы выбрать новый пароль; другие ваши сеансы будут завершены.",
      action: "Выбрать новый пароль",
      expires: "Ссылку можно использовать один раз; она действует {minutes} минут.",
    },
    roles: {
      focal_point: "координатор от {state}",
      contributor: "участник ({state})",
      analyst: "аналитик БРЭ",
      admin: "администратор",
    },
  },
  zh: {
    greeting: "{name}，您好：",
    signature: "Res45 Readiness，国际电联/电信发展局",
    ignore: "如果您没有预期收到此邮件，可以忽略它。",
    invitation: {
      subject: "您收到 Res45 Readiness 的邀请",
      body: "{inviter} 邀请您以{role}身份加入 Res45 Readiness。请点击下面的链接设置密码并登录。",
      action: "设置密码",
      expires: "该链接只能使用一次，将于 {date} 失效。",
    },
    passwordReset: {
      subject: "重置您的 Res45 Readiness 密码",
      body: "有人请求重置您的 Res45 Readiness 账户密码。请点击下面的链接设置新密码；您的其他会话将被结束。",
      action: "设置新密码",
      expires: "该链接只能使用一次，将在 {minutes} 分钟后失效。",
    },
    roles: {
      focal_point: "{state}的联络人",
      contributor: "{state}撰稿人",
      analyst: "电信发展局分析员",
      admin: "管理员",
    },
  },
  ar: {
    greeting: "مرحباً {name}،",
    signature: "Res45 Readiness، الاتحاد الدولي للاتصالات/مكتب تنمية الاتصالات",
    ignore: "إذا لم تكن تتوقع هذه الرسالة، يمكنك تجاهلها.",
    invitation: {
      subject: "دعوتك إلى Res45 Readiness",
      body: "يدعوك {inviter} إلى Res45 Readiness بصفة {role}. اتبع الرابط أدناه لاختيار كلمة المرور وتسجيل الدخول.",
      action: "اختر كلمة المرور",
      expires: "يمكن استخدام الرابط مرة واحدة فقط، وتنتهي صلاحيته في {date}.",
    },
    passwordReset: {
      subject: "إعادة تعيين كلمة مرور Res45 Readiness",
      body: "طلب أحدهم إعادة تعيين كلمة مرور حسابك في Res45 Readiness. اتبع الرابط أدناه لاختيار كلمة مرور جديدة؛ ستنتهي جلساتك الأخرى.",
      action: "اختر كلمة مرور جديدة",
      expires: "يمكن استخدام الرابط مرة واحدة فقط، وتنتهي صلاحيته بعد {minutes} دقيقة.",
    },
    roles: {
      focal_point: "جهة اتصال عن {state}",
      contributor: "مساهم عن {state}",
      analyst: "محلل في مكتب تنمية الاتصالات",
      admin: "مدير",
    },
  },
};
