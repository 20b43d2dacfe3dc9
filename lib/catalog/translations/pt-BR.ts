// Brazilian Portuguese names and descriptions of the notification catalog (lib/catalog/definitions.ts),
// keyed by category key and type key. The English source's typos are fixed here, not carried over
// ("Founded request" → "Solicitação criada"); product and technology names stay as they are
// (senhasegura, senhasegura.go, Domum, Certificate Manager, CSR, UAC, DLL, MSI). As in the manual,
// type descriptions carry no closing period; category descriptions do.
export interface CatalogText {
  name: string;
  description: string;
}

export interface CatalogTranslation {
  categories: Record<string, CatalogText>;
  types: Record<string, CatalogText>;
}

export const ptBR: CatalogTranslation = {
  categories: {
    "access-control": {
      name: "Controle de acesso",
      description:
        "Notificações do fluxo de aprovação (workflow). Todo produto ou módulo que possui fluxo de aprovação pode enviar este tipo de mensagem.",
    },
    "audit-trail": {
      name: "Trilha de auditoria",
      description: "Alterações nos registros das principais entidades.",
    },
    authentication: {
      name: "Autenticação",
      description: "Mensagens do processo de autenticação.",
    },
    certificates: {
      name: "Certificados",
      description: "Mensagens do módulo Certificate Manager.",
    },
    "command-audit": {
      name: "Auditoria de comandos",
      description: "Execução de comandos auditados em sessões do proxy SSH.",
    },
    credentials: {
      name: "Credenciais",
      description: "Operações com credenciais do PAM.",
    },
    devices: {
      name: "Dispositivos",
      description: "Monitoramento de dispositivos do PAM.",
    },
    monitoring: {
      name: "Monitoramento",
      description: "Monitoramento dos recursos da instância do servidor.",
    },
    "password-backup": {
      name: "Backup de senhas",
      description: "Procedimentos de backup.",
    },
    "password-operation": {
      name: "Operação de senhas",
      description: "Operações com credenciais do PAM executadas pelo módulo de Execução.",
    },
    "protected-information": {
      name: "Informações protegidas",
      description: "Operações com informações protegidas do PAM.",
    },
    "remote-session": {
      name: "Sessão remota",
      description: "Operações do proxy do senhasegura.",
    },
    "user-behavior": {
      name: "Comportamento do usuário",
      description: "Comportamentos incomuns detectados pelo módulo de Comportamento do Usuário.",
    },
    workstation: {
      name: "Estação de trabalho",
      description: "senhasegura.go para Windows ou Linux.",
    },
  },

  types: {
    // Controle de acesso
    "access-control.request-created": {
      name: "Solicitação criada",
      description:
        "Um usuário fez uma nova solicitação de aprovação. Os aprovadores receberão um e-mail com os detalhes",
    },
    "access-control.request-approved": {
      name: "Solicitação aprovada",
      description: "Um usuário aprovador aceitou a solicitação",
    },
    "access-control.request-disapproved": {
      name: "Solicitação reprovada",
      description: "Um usuário aprovador rejeitou a solicitação",
    },

    // Trilha de auditoria
    "audit-trail.entity-change": {
      name: "Trilha de auditoria",
      description:
        "Quando uma entidade principal é criada, atualizada ou inativada, um log detalhado é registrado e também pode ser notificado",
    },

    // Autenticação
    "authentication.authentication-messages": {
      name: "Mensagens de autenticação",
      description: "Quando um usuário é autenticado ou ocorre alguma falha no processo de autenticação",
    },

    // Certificados
    "certificates.device-bond": {
      name: "Vínculo de certificado com dispositivo",
      description: "Quando um certificado é configurado em um dispositivo",
    },
    "certificates.created": {
      name: "Criação de certificado",
      description:
        "Quando um certificado é criado. Pode ser disparado por emissão automática ou importação manual",
    },
    "certificates.expiration-alert-1d": {
      name: "Alerta de expiração de certificado: 1 dia",
      description: "Alguns certificados expirarão em 1 dia",
    },
    "certificates.expiration-alert-30d": {
      name: "Alerta de expiração de certificado: 30 dias",
      description: "Alguns certificados expirarão em 30 dias",
    },
    "certificates.expiration-alert-7d": {
      name: "Alerta de expiração de certificado: 7 dias",
      description: "Alguns certificados expirarão em 7 dias",
    },
    "certificates.expiration-alert-today": {
      name: "Alerta de expiração de certificado: hoje",
      description: "Alguns certificados expiram hoje",
    },
    "certificates.expiration-warning-15d": {
      name: "Aviso de expiração de certificado: 15 dias",
      description: "Alguns certificados expirarão em 15 dias",
    },
    "certificates.expiration-warning-60d": {
      name: "Aviso de expiração de certificado: 60 dias",
      description: "Alguns certificados expirarão em 60 dias",
    },
    "certificates.expiration-warning-90d": {
      name: "Aviso de expiração de certificado: 90 dias",
      description: "Alguns certificados expirarão em 90 dias",
    },
    "certificates.password-view": {
      name: "Visualização de senha de certificado",
      description: "Um usuário visualizou a senha do certificado em texto claro",
    },
    "certificates.renewal": {
      name: "Renovação de certificado",
      description: "Um certificado foi renovado nos dispositivos de destino",
    },
    "certificates.revocation": {
      name: "Revogação de certificado",
      description: "Um certificado foi revogado nos dispositivos de destino",
    },
    "certificates.download": {
      name: "Download",
      description:
        "Um usuário baixou um certificado do senhasegura. Pode ser um certificado válido e publicado, um certificado antigo ou até mesmo um certificado não utilizado",
    },
    "certificates.publish-profile-management": {
      name: "Gerenciamento de perfis de publicação",
      description: "Uma configuração de perfil de publicação foi criada ou alterada",
    },
    "certificates.request-management": {
      name: "Gerenciamento de solicitações",
      description: "Uma solicitação de certificado (CSR) foi criada ou alterada",
    },
    "certificates.request-password-view": {
      name: "Visualização de senha de solicitação",
      description: "A senha de uma solicitação de certificado (CSR) foi visualizada",
    },

    // Auditoria de comandos
    "command-audit.allow": {
      name: "Comando detectado - Permitido",
      description: "Um usuário executou um comando auditado",
    },
    "command-audit.block": {
      name: "Comando detectado - Bloqueado",
      description: "Um usuário tentou executar um comando auditado configurado para ser bloqueado",
    },
    "command-audit.block-and-interrupt": {
      name: "Comando detectado - Bloqueado e sessão interrompida",
      description:
        "Um usuário tentou executar um comando auditado configurado para ser bloqueado. A sessão foi interrompida imediatamente",
    },
    "command-audit.high-urgency": {
      name: "Comando detectado - Urgência alta",
      description: "Um usuário tentou executar um comando auditado configurado com pontuação alta",
    },
    "command-audit.low-urgency": {
      name: "Comando detectado - Urgência baixa",
      description: "Um usuário tentou executar um comando auditado configurado com pontuação baixa",
    },
    "command-audit.medium-urgency": {
      name: "Comando detectado - Urgência média",
      description: "Um usuário tentou executar um comando auditado configurado com pontuação média",
    },

    // Credenciais
    "credentials.owner-configuration": {
      name: "Configuração de proprietário da credencial",
      description: "Uma credencial foi criada ou alterada para ter um proprietário dedicado",
    },
    "credentials.password-changed": {
      name: "Senha alterada",
      description: "Uma credencial teve a senha alterada manualmente ou por um modelo do módulo de Execução",
    },
    "credentials.password-daily-summary": {
      name: "Resumo diário de senhas",
      description: "Relatório com o resumo das operações com credenciais",
    },
    "credentials.password-expired": {
      name: "Senhas expiradas",
      description: "Relatório das credenciais com senha expirada",
    },
    "credentials.password-viewed": {
      name: "Senhas visualizadas",
      description:
        "Relatório das credenciais cujas senhas foram solicitadas por usuários para visualização em texto claro",
    },

    // Dispositivos
    "devices.connectivity-lost": {
      name: "Perda de conectividade",
      description: "Dispositivos que perderam a conectividade nas portas configuradas",
    },
    "devices.connectivity-restored": {
      name: "Conectividade restabelecida",
      description:
        "Dispositivos que recuperaram a conectividade depois de terem sido sinalizados com perda de conectividade",
    },

    // Monitoramento
    "monitoring.cpu-critical": {
      name: "Uso de CPU - Crítico",
      description: "A CPU está operando acima de 90% de uso há mais de 10 minutos",
    },
    "monitoring.cpu-high": {
      name: "Uso de CPU - Alto",
      description: "A CPU está operando acima de 70% de uso há mais de 10 minutos",
    },
    "monitoring.password-change-daily-report": {
      name: "Relatório diário de troca de senhas",
      description: "Relatório com o resumo das operações com credenciais",
    },
    "monitoring.disk-low-high": {
      name: "Pouco espaço em disco - Urgência alta",
      description: "O armazenamento está com menos de 10% de espaço livre",
    },
    "monitoring.disk-low-low": {
      name: "Pouco espaço em disco - Urgência baixa",
      description: "O armazenamento está com menos de 30% de espaço livre",
    },
    "monitoring.disk-low-medium": {
      name: "Pouco espaço em disco - Urgência média",
      description: "O armazenamento está com menos de 20% de espaço livre",
    },
    "monitoring.memory-critical": {
      name: "Uso de memória - Crítico",
      description: "A memória RAM está operando acima de 90% de uso há mais de 10 minutos",
    },
    "monitoring.memory-high": {
      name: "Uso de memória - Alto",
      description: "A memória RAM está operando acima de 70% de uso há mais de 10 minutos",
    },
    "monitoring.disk-daily": {
      name: "Espaço em disco - Notificação diária",
      description: "Relatório diário de uso do armazenamento",
    },
    "monitoring.dashboard-pdf-download": {
      name: "Usuário baixou o PDF do painel do sistema",
      description:
        "Um usuário baixou um painel em PDF. Este alerta existe para deixar claro que dados foram exportados por um usuário",
    },

    // Backup de senhas
    "password-backup.backup-performed": {
      name: "Backup realizado",
      description:
        "Foi feito um backup das informações privilegiadas usando a chave mestra. O backup pode ser executado automaticamente pelo agendamento do sistema ou manualmente, a pedido de um usuário",
    },
    "password-backup.ceremony-completed": {
      name: "Processo de cerimônia concluído",
      description: "Uma cerimônia de chave mestra foi realizada",
    },
    "password-backup.ceremony-started": {
      name: "Processo de cerimônia iniciado",
      description: "Uma cerimônia de chave mestra foi iniciada",
    },
    "password-backup.backup-error": {
      name: "Erro no backup",
      description: "Ocorreu um erro durante um backup das informações privilegiadas",
    },
    "password-backup.key-fraction-pdf-download": {
      name: "Usuário baixou o PDF com sua parte da chave",
      description: "Um guardião de fração da chave mestra baixou a própria fração da chave em documento PDF",
    },
    "password-backup.key-fraction-viewed": {
      name: "Usuário visualizou sua parte da chave",
      description:
        "Um guardião de fração da chave mestra visualizou a própria fração da chave em texto claro",
    },

    // Operação de senhas
    "password-operation.activation-executed": {
      name: "Ativação executada",
      description: "Uma credencial foi ativada no dispositivo de destino pelo módulo de Execução",
    },
    "password-operation.change-executed": {
      name: "Troca executada",
      description: "Uma credencial teve a senha trocada no dispositivo de destino pelo módulo de Execução",
    },
    "password-operation.activation-error": {
      name: "Erro na ativação",
      description:
        "Ocorreu um erro ao tentar ativar a credencial no dispositivo de destino pelo módulo de Execução",
    },
    "password-operation.change-error": {
      name: "Erro na troca",
      description:
        "Ocorreu um erro ao tentar trocar a senha no dispositivo de destino pelo módulo de Execução",
    },

    // Informações protegidas
    "protected-information.changed": {
      name: "Informação alterada",
      description: "Uma informação protegida foi alterada",
    },
    "protected-information.expired": {
      name: "Informação expirada",
      description: "Uma informação protegida expirou",
    },
    "protected-information.viewed": {
      name: "Informação visualizada",
      description:
        "Um usuário solicitou os dados de uma informação protegida e teve acesso à senha, ao arquivo ou ao conteúdo",
    },

    // Sessão remota
    "remote-session.video-requested": {
      name: "Gerar vídeo para download",
      description: "Um usuário solicitou a geração de um vídeo MP4",
    },
    "remote-session.text-indexed": {
      name: "Texto da sessão indexado",
      description: "O senhasegura concluiu a indexação dos textos de uma sessão de proxy",
    },
    "remote-session.file-modified": {
      name: "Arquivo de sessão modificado",
      description: "O arquivo de origem da auditoria de uma sessão foi alterado",
    },
    "remote-session.started": {
      name: "Sessão iniciada",
      description: "Uma sessão de proxy foi iniciada",
    },
    "remote-session.terminated": {
      name: "Sessão encerrada",
      description: "Uma sessão de proxy foi encerrada",
    },
    "remote-session.video-ready": {
      name: "Vídeo disponível para download",
      description: "A geração do vídeo solicitado foi concluída",
    },

    // Comportamento do usuário
    "user-behavior.unusual-origin-access": {
      name: "Acesso de origem incomum",
      description:
        "Uma sessão de proxy iniciada por um usuário a partir de uma origem incomum para esse usuário ou credencial",
    },
    "user-behavior.unusual-duration-access": {
      name: "Acesso com duração média incomum",
      description: "Uma sessão de proxy com duração incomum para esse usuário ou credencial",
    },
    "user-behavior.unusual-time-access": {
      name: "Acessos em horário incomum",
      description: "Uma sessão de proxy com horário de início incomum para esse usuário ou credencial",
    },
    "user-behavior.excessive-accesses": {
      name: "Número excessivo de acessos",
      description:
        "Uma credencial está sendo solicitada mais do que o normal, ou um usuário está solicitando credenciais mais do que o normal",
    },
    "user-behavior.unusual-accesses": {
      name: "Acessos incomuns",
      description: "Um dispositivo está sendo acessado em horário, por usuário ou a partir de IP incomum",
    },
    "user-behavior.excessive-views": {
      name: "Visualizações excessivas",
      description: "Uma credencial está sendo solicitada em texto claro mais do que o normal",
    },
    "user-behavior.unusual-time-views": {
      name: "Visualizações em horário incomum",
      description: "Uma credencial está sendo solicitada em texto claro em data e horário incomuns",
    },
    "user-behavior.unusual-credential-views": {
      name: "Visualizações de credencial incomum",
      description:
        "Um usuário está solicitando a visualização em texto claro de uma credencial incomum para ele",
    },
    "user-behavior.unusual-origin-views": {
      name: "Visualizações de origem incomum",
      description:
        "Um usuário está solicitando a visualização em texto claro a partir de um IP de origem incomum",
    },
    "user-behavior.new-geoip-login": {
      name: "Login de nova localização GeoIP",
      description: "Um usuário fez login no Domum a partir de uma nova localização GeoIP",
    },
    "user-behavior.unauthorized-geoip-login": {
      name: "Tentativa de login de localização GeoIP não autorizada",
      description: "Um usuário tentou acessar o Domum a partir de uma localização GeoIP não autorizada",
    },

    // Estação de trabalho
    "workstation.application-completed": {
      name: "Aplicação finalizada",
      description: "A execução de uma aplicação com personificação foi encerrada",
    },
    "workstation.application-started": {
      name: "Aplicação iniciada",
      description: "A execução de uma aplicação com personificação foi iniciada",
    },
    "workstation.control-panel": {
      name: "Painel de controle",
      description: "Um applet do painel de controle foi acessado com personificação",
    },
    "workstation.copy-password": {
      name: "Cópia de senha",
      description: "A senha de uma credencial foi copiada",
    },
    "workstation.network-credential-use": {
      name: "Uso de credencial para acesso à rede",
      description: "Uma credencial foi usada para acessar um compartilhamento de rede",
    },
    "workstation.scan-change": {
      name: "Varredura de diretórios e arquivos - Alteração",
      description:
        "A varredura de diretórios e arquivos alterou políticas de permissão com base na configuração do backoffice",
    },
    "workstation.scan-exclusion": {
      name: "Varredura de diretórios e arquivos - Exclusão",
      description:
        "A varredura de diretórios e arquivos removeu políticas de permissão com base na configuração do backoffice",
    },
    "workstation.scan-inclusion": {
      name: "Varredura de diretórios e arquivos - Inclusão",
      description:
        "A varredura de diretórios e arquivos adicionou políticas de permissão com base na configuração do backoffice",
    },
    "workstation.client-download": {
      name: "Download de versão do senhasegura.go realizado",
      description: "O cliente senhasegura.go baixou uma nova versão do backoffice",
    },
    "workstation.credentials-error": {
      name: "Erro ao obter credenciais",
      description:
        "Ocorreu um erro quando o cliente senhasegura.go tentou solicitar a lista de credenciais do usuário",
    },
    "workstation.go-offline": {
      name: "Entrar no modo offline",
      description: "O usuário solicitou a ativação do modo offline do senhasegura.go",
    },
    "workstation.go-online": {
      name: "Voltar ao modo online",
      description: "O usuário solicitou a desativação do modo offline do senhasegura.go",
    },
    "workstation.macro": {
      name: "Macro",
      description: "Uma macro foi executada por um usuário",
    },
    "workstation.network-adapter": {
      name: "Adaptador de rede",
      description: "O applet de configurações de adaptador de rede foi acessado por um usuário",
    },
    "workstation.network-share": {
      name: "Compartilhamento de rede",
      description: "Um caminho de compartilhamento de rede foi registrado por um usuário",
    },
    "workstation.new-version": {
      name: "Nova versão do senhasegura.go",
      description: "Uma nova versão do senhasegura.go está disponível no backoffice do senhasegura",
    },
    "workstation.runas": {
      name: "Runas",
      description:
        "A execução de uma aplicação com personificação foi iniciada pelo menu de contexto do Windows",
    },
    "workstation.version-approved": {
      name: "Versão do senhasegura.go aprovada",
      description:
        "O instalador MSI foi aprovado pelo administrador para ser instalado automaticamente pelo cliente senhasegura.go",
    },
    "workstation.version-disabled": {
      name: "Versão do senhasegura.go desativada",
      description:
        "O instalador MSI foi rejeitado pelo administrador para ser instalado automaticamente pelo cliente senhasegura.go",
    },
    "workstation.version-installed": {
      name: "Versão do senhasegura.go instalada",
      description: "Uma estação de trabalho instalou a nova versão e informou o backoffice",
    },
    "workstation.uninstall": {
      name: "Desinstalação",
      description: "O usuário desinstalou uma aplicação usando a elevação do senhasegura.go",
    },
    "workstation.untrusted-dll": {
      name: "DLL não confiável",
      description: "O usuário tentou executar uma aplicação que possui uma DLL considerada não confiável",
    },
    "workstation.user-approved": {
      name: "Usuário aprovado",
      description: "O usuário local da estação de trabalho foi aprovado para usar o senhasegura.go",
    },
    "workstation.uac": {
      name: "Uso do UAC",
      description: "O usuário usou o senhasegura.go para autenticar um prompt do UAC do Windows",
    },
    "workstation.view-password": {
      name: "Visualização de senha",
      description: "O usuário visualizou a senha da credencial em texto claro",
    },
    "workstation.workstation-approved": {
      name: "Estação de trabalho aprovada",
      description: "A estação de trabalho foi aprovada para usar o senhasegura.go",
    },
    "workstation.registration": {
      name: "Registro de estação de trabalho",
      description: "A estação de trabalho solicitou autorização para usar o senhasegura.go",
    },
  },
};
