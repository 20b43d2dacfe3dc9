// Brazilian Portuguese descriptions of the manual's Appendix I values (lib/system/values.ts).
// The values themselves (LISTEN, ACTIVE…) are protocol and system terms and are never translated.
import type { ServiceState, TcpState } from "../values";

export const ptBRSystemValues: {
  tcpStates: Record<TcpState, string>;
  serviceStates: Record<ServiceState, string>;
} = {
  tcpStates: {
    LISTEN:
      "Aguardando uma solicitação de conexão de uma aplicação TCP remota. É o estado em que se encontra o socket de escuta de um servidor TCP local.",
    "SYN-SENT":
      "Aguardando a confirmação do terminal remoto após o envio de uma solicitação de conexão. Ocorre após a etapa 1 do handshake de três vias do TCP.",
    "SYN-RECEIVED":
      "Este terminal recebeu uma solicitação de conexão e enviou uma confirmação. Este endpoint aguarda a confirmação final de que o outro endpoint recebeu a confirmação da solicitação de conexão original. Ocorre após a etapa 2 do handshake de três vias do TCP.",
    ESTABLISHED:
      "Representa uma conexão totalmente estabelecida; é o estado normal da fase de transferência de dados da conexão.",
    "FIN-WAIT-1":
      "Aguardando a confirmação da solicitação de encerramento da conexão ou uma solicitação simultânea de encerramento da conexão pelo TCP remoto. Este estado costuma ter curta duração.",
    "FIN-WAIT-2":
      "Aguardando uma solicitação de encerramento da conexão pelo TCP remoto depois que este terminal enviou sua própria solicitação de encerramento. Este estado costuma ter curta duração, mas pode se prolongar se o endpoint remoto não fechar seu socket logo após ser informado de que este endpoint encerrou a conexão. Um número excessivo de estados FIN-WAIT-2 pode indicar um erro na programação da aplicação remota.",
    "CLOSE-WAIT":
      "Este endpoint recebeu uma solicitação de encerramento do endpoint remoto e este TCP aguarda uma solicitação de encerramento da conexão pela aplicação local.",
    CLOSING:
      "Aguardando a confirmação da solicitação de encerramento da conexão pelo TCP remoto. Este estado ocorre quando este terminal recebe uma solicitação de encerramento da aplicação local, envia uma solicitação de encerramento ao terminal remoto e recebe uma solicitação de encerramento antes de receber a confirmação do terminal remoto.",
    "LAST-ACK":
      "Aguardando a confirmação da solicitação de encerramento da conexão enviada anteriormente ao TCP remoto. Este estado ocorre quando este endpoint recebe uma solicitação de encerramento antes de enviar a sua.",
    "TIME-WAIT":
      "Aguardando o tempo necessário para garantir que o TCP remoto recebeu a confirmação da solicitação de encerramento da conexão.",
    CLOSED: "Não representa nenhum estado de conexão.",
  },
  serviceStates: {
    ACTIVE: "O serviço está em operação.",
    INACTIVE: "O serviço não está em operação.",
    DISABLED: "O serviço não está habilitado.",
  },
};
